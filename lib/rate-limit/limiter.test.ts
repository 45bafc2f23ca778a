import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedisServer, type RedisServer } from "@/test-support/redis-server";
import { startUpstashBridge, type UpstashBridge } from "@/test-support/upstash-bridge";
import { createMemoryLimiter, createUpstashLimiter, MEMORY_LIMITER_MAX_ENTRIES, withFallback } from "./limiter";

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

const rule = { limit: 5, windowSeconds: 60 };

describe("in-process limiter", () => {
  it("allows the limit per window, then refuses until the window ends", async () => {
    let now = 1_000_000;
    const limiter = createMemoryLimiter(() => now);
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await limiter.limit("test", rule, "k")).success);
    expect(results).toEqual([true, true, true, true, true, false, false]);
    expect((await limiter.limit("test", rule, "other")).success).toBe(true);
    now += 60_000;
    expect((await limiter.limit("test", rule, "k")).success).toBe(true);
  });

  // Issue 12, item 6: a fresh key per attempt (a random email) grew the map without bound.
  it("keeps at most maxEntries counters, forgetting the least recently used first", async () => {
    const one = { limit: 1, windowSeconds: 3600 };
    const limiter = createMemoryLimiter(Date.now, { maxEntries: 3 });
    expect((await limiter.limit("test", one, "hot")).success).toBe(true);
    await limiter.limit("test", one, "b");
    await limiter.limit("test", one, "c");
    expect((await limiter.limit("test", one, "hot")).success).toBe(false);
    // "hot" was used last: the fresh key pushes out "b", the oldest.
    await limiter.limit("test", one, "d");
    expect(limiter.size()).toBe(3);
    expect((await limiter.limit("test", one, "hot")).success).toBe(false);
    expect((await limiter.limit("test", one, "b")).success).toBe(true);

    for (let i = 0; i < 10_000; i++) await limiter.limit("test", one, `random-${i}@example.com`);
    expect(limiter.size()).toBe(3);
  });

  it("is capped by default", async () => {
    const limiter = createMemoryLimiter();
    for (let i = 0; i < MEMORY_LIMITER_MAX_ENTRIES + 500; i++) await limiter.limit("test", rule, `k-${i}`);
    expect(limiter.size()).toBe(MEMORY_LIMITER_MAX_ENTRIES);
  });
});

describe("Upstash over the REST bridge to a real redis-server", () => {
  it("limits through the real @upstash/ratelimit client", async () => {
    // Correctness here, not speed: a loaded machine may need more than the production 500 ms.
    const limiter = createUpstashLimiter({ url: bridge.url, token: bridge.token, timeoutMs: 10_000 });
    const key = `seq-${Date.now()}`;
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await limiter.limit("test", rule, key)).success);
    expect(results).toEqual([true, true, true, true, true, false, false]);
  });

  it("lets no more than the limit through when 100 attempts arrive at once", async () => {
    const limiter = createUpstashLimiter({ url: bridge.url, token: bridge.token, timeoutMs: 10_000 });
    const key = `burst-${Date.now()}`;
    const decisions = await Promise.all(Array.from({ length: 100 }, () => limiter.limit("burst", { limit: 10, windowSeconds: 60 }, key)));
    expect(decisions.filter((decision) => decision.success)).toHaveLength(10);
  });

  it("a wrong token is an error, not a pass", async () => {
    const limiter = createUpstashLimiter({ url: bridge.url, token: "wrong" });
    await expect(limiter.limit("test", rule, "x")).rejects.toThrow();
  });
});

describe("fallback when the backend goes down", () => {
  it("keeps limiting with the in-process limiter after redis-server is killed mid-run, warning once a minute", async () => {
    const ownRedis = await startRedisServer();
    const ownBridge = await startUpstashBridge({ redisPort: ownRedis.port });
    const warnings: string[] = [];
    let now = 5_000_000;
    const limiter = withFallback(
      createUpstashLimiter({ url: ownBridge.url, token: ownBridge.token, timeoutMs: 500 }),
      createMemoryLimiter(() => now),
      { now: () => now, warn: (message) => warnings.push(message) },
    );
    try {
      const key = "victim@example.com";
      for (let i = 0; i < 3; i++) expect((await limiter.limit("login", rule, key)).success).toBe(true);
      expect(warnings).toEqual([]);

      await ownRedis.stop();

      const afterKill = [];
      for (let i = 0; i < 8; i++) afterKill.push((await limiter.limit("login", rule, key)).success);
      // The in-process limiter counted the 3 attempts before the kill too: 2 more, then refused.
      expect(afterKill).toEqual([true, true, false, false, false, false, false, false]);
      expect(warnings).toHaveLength(1);
      now += 61_000;
      await limiter.limit("login", rule, key);
      expect(warnings).toHaveLength(2);
    } finally {
      await ownBridge.close();
      await ownRedis.stop();
    }
  });

  it("treats an unresponsive backend as down within the timeout", async () => {
    // A server that accepts and never answers.
    const { createServer } = await import("node:http");
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    const limiter = withFallback(
      createUpstashLimiter({ url: `http://127.0.0.1:${port}`, token: "t", timeoutMs: 200 }),
      createMemoryLimiter(),
      { warn: () => {} },
    );
    try {
      const started = Date.now();
      const results = [];
      for (let i = 0; i < 6; i++) results.push((await limiter.limit("slow", rule, "k")).success);
      expect(results).toEqual([true, true, true, true, true, false]);
      expect(Date.now() - started).toBeLessThan(6 * 200 + 1000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
