// A real redis-server behind the Upstash REST bridge, for the strict-limits server in e2e.
// Started by playwright.config.ts (webServer) and stopped with it.
import { startRedisServer } from "@/test-support/redis-server";
import { startUpstashBridge } from "@/test-support/upstash-bridge";
import { BRIDGE_PORT, BRIDGE_TOKEN, REDIS_PORT } from "./env";

const redis = await startRedisServer(REDIS_PORT);
const bridge = await startUpstashBridge({ redisPort: REDIS_PORT, port: BRIDGE_PORT, token: BRIDGE_TOKEN });
console.log(`Upstash bridge on ${bridge.url} → redis-server on 127.0.0.1:${REDIS_PORT}`);

async function stop() {
  await bridge.close();
  await redis.stop();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
