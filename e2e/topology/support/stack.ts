// The production topology on loopback: PostgreSQL (a cluster of our own), redis-server behind
// the Upstash REST bridge, and `next start` instances of one build sharing both.
import { startRedisServer, type RedisServer } from "@/test-support/redis-server";
import { E2E_ENV, E2E_TOKEN_SIGNING_KEY } from "../../support/env";
import { startUpstashBridge, type UpstashBridge } from "@/test-support/upstash-bridge";
import { startInstance, waitForHealth, type Instance } from "./instance";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";
import { AUTH_SECRET, BRIDGE_PORT, BRIDGE_TOKEN, INSTANCE_PORTS, POSTGRES_PORT, PUBLIC_URL, REDIS_PORT } from "./ports";

export type Stack = {
  postgres: PostgresCluster;
  databaseUrl: string;
  redis: RedisServer;
  bridge: UpstashBridge;
  instances: Instance[];
  env(): Record<string, string>;
  /** Starts instance number `index` (its port from INSTANCE_PORTS) without waiting for it. */
  launch(index: number): Instance;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  stop(): Promise<void>;
};

export type StackOptions = { env?: Record<string, string> };

export async function startStack({ env: extra = {} }: StackOptions = {}): Promise<Stack> {
  const postgres = startPostgresCluster(POSTGRES_PORT);
  const databaseUrl = postgres.url("gatehouse");
  let redis = await startRedisServer(REDIS_PORT);
  const bridge = await startUpstashBridge({ redisPort: REDIS_PORT, port: BRIDGE_PORT, token: BRIDGE_TOKEN });
  const instances: Instance[] = [];

  const env = (): Record<string, string> => ({
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    // One public URL for all, as behind a load balancer: links, token issuer and audience.
    AUTH_URL: PUBLIC_URL,
    // One signing key for every instance, like AUTH_SECRET (the e2e suite's test-only key).
    AUTH_TOKEN_SIGNING_KEY: JSON.stringify(E2E_TOKEN_SIGNING_KEY),
    // Likewise the key that seals authenticator-app secrets: every instance must read them.
    FACTOR_ENCRYPTION_KEY: E2E_ENV.FACTOR_ENCRYPTION_KEY!,
    DEV_OUTBOX: "true",
    BCRYPT_COST: "10",
    PASSWORD_HASH_THREADS: "1",
    // Nothing here measures the breached-password check; the suite must not reach the internet.
    PASSWORD_BREACH_CHECK: "false",
    UPSTASH_REDIS_REST_URL: bridge.url,
    UPSTASH_REDIS_REST_TOKEN: BRIDGE_TOKEN,
    // A load balancer in front appends the client's address (the suite sends it).
    TRUSTED_PROXY_HOPS: "1",
    SHUTDOWN_TIMEOUT: "15s",
    // Its admin and editor sign in with a password alone; the second-factor requirement of their
    // roles is the e2e suite's (e2e/two-factor-policy.spec.ts), not what many instances test.
    SECOND_FACTOR_REQUIRED_ROLES: "",
    ...extra,
  });

  const stack: Stack = {
    postgres,
    databaseUrl,
    redis,
    bridge,
    instances,
    env,
    launch(index) {
      const port = INSTANCE_PORTS[index]!;
      const instance = startInstance({ name: String.fromCharCode(65 + index), port, env: env() });
      instances[index] = instance;
      return instance;
    },
    async stopRedis() {
      await redis.stop();
    },
    async startRedis() {
      redis = await startRedisServer(REDIS_PORT);
      stack.redis = redis;
    },
    async stop() {
      await Promise.all(instances.filter(Boolean).map((instance) => instance.kill()));
      await bridge.close();
      await redis.stop();
      postgres.destroy();
    },
  };
  return stack;
}

/** Starts the instances numbered in `indexes` at the same moment and waits until all serve. */
export async function launchTogether(stack: Stack, indexes: number[]): Promise<Instance[]> {
  const launched = indexes.map((index) => stack.launch(index));
  await Promise.all(launched.map((instance) => waitForHealth(instance)));
  return launched;
}
