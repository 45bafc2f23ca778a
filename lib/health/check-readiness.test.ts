import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createMemoryLimiter, createUpstashLimiter, withFallback } from "@/lib/rate-limit/limiter";
import { startRedisServer, type RedisServer } from "@/test-support/redis-server";
import { startUpstashBridge, type UpstashBridge } from "@/test-support/upstash-bridge";
import { checkReadiness } from "./check-readiness";

let redis: RedisServer;
let bridge: UpstashBridge;

beforeAll(async () => {
  redis = await startRedisServer();
  bridge = await startUpstashBridge({ redisPort: redis.port });
});
afterAll(async () => {
  await bridge?.close();
  await redis?.stop();
});

const sqlite = createPrismaClient("file::memory:");
const pingSqlite = () => sqlite.$queryRaw`SELECT 1`;
const unreachablePostgres = createPrismaClient("postgres://postgres@127.0.0.1:1/gatehouse");

describe("checkReadiness", () => {
  it("is ready when the database and the shared limiter answer", async () => {
    const shared = withFallback(createUpstashLimiter({ url: bridge.url, token: bridge.token, timeoutMs: 5_000 }), createMemoryLimiter());
    expect(await checkReadiness({ pingDatabase: pingSqlite, pingLimiter: () => shared.reachable() })).toEqual({
      status: "ready",
      httpStatus: 200,
    });
  });

  it("is unavailable (503) when the database cannot be reached", async () => {
    const verdict = await checkReadiness({ pingDatabase: () => unreachablePostgres.$queryRaw`SELECT 1` });
    expect(verdict).toEqual({ status: "unavailable", httpStatus: 503 });
  });

  it("is unavailable when the database does not answer in time, without waiting longer", async () => {
    const started = Date.now();
    const verdict = await checkReadiness({ pingDatabase: () => new Promise(() => undefined), timeoutMs: 200 });
    expect(verdict.httpStatus).toBe(503);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("stays in rotation as degraded when only the limiter backend is down (limits fall back, never open)", async () => {
    const down = withFallback(createUpstashLimiter({ url: "http://127.0.0.1:1", token: "t", timeoutMs: 200 }), createMemoryLimiter());
    expect(await checkReadiness({ pingDatabase: pingSqlite, pingLimiter: () => down.reachable() })).toEqual({
      status: "degraded",
      httpStatus: 200,
    });
  });

  it("takes a shutting-down instance out of rotation", async () => {
    expect(await checkReadiness({ pingDatabase: pingSqlite, shuttingDown: true })).toEqual({ status: "unavailable", httpStatus: 503 });
  });
});
