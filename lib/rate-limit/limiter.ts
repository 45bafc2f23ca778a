// The project's limiter interface and its two backends: Upstash Redis over REST (shared by every
// instance) and an in-process store (the embedded default, and the fallback when Upstash is down).
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitDecision = {
  success: boolean;
  limit: number;
  remaining: number;
  /** When the window frees up again, in milliseconds since the epoch. */
  reset: number;
};

export interface RateLimiter {
  /** Counts one attempt for `key` under `rule` (its `name` namespaces the counter). */
  limit(name: string, rule: RateLimitRule, key: string): Promise<RateLimitDecision>;
  /** Whether the shared backend answers (readiness); the in-process store always does. */
  reachable(): Promise<boolean>;
}

type Clock = () => number;

/** How many counters the in-process limiter keeps at most (about 200 bytes each). */
export const MEMORY_LIMITER_MAX_ENTRIES = 100_000;

export type MemoryLimiterOptions = { maxEntries?: number };

/**
 * Fixed windows in a Map, at most `maxEntries` of them: expired windows are swept as the map
 * grows, and past the cap the least recently used counter is forgotten (a Map iterates in
 * insertion order, and every use moves a counter to the end). A flood of fresh keys therefore
 * costs bounded memory and pushes out only counters nobody has used since.
 */
export function createMemoryLimiter(now: Clock = Date.now, { maxEntries = MEMORY_LIMITER_MAX_ENTRIES }: MemoryLimiterOptions = {}): RateLimiter & { size(): number } {
  const windows = new Map<string, { count: number; reset: number }>();
  let nextSweep = 0;
  return {
    size: () => windows.size,
    async limit(name, rule, key) {
      const time = now();
      if (time >= nextSweep) {
        for (const [id, window] of windows) if (window.reset <= time) windows.delete(id);
        nextSweep = time + 60_000;
      }
      const id = `${name}:${key}`;
      let window = windows.get(id);
      windows.delete(id);
      if (!window || window.reset <= time) window = { count: 0, reset: time + rule.windowSeconds * 1000 };
      windows.set(id, window);
      if (windows.size > maxEntries) windows.delete(windows.keys().next().value as string);
      window.count += 1;
      return {
        success: window.count <= rule.limit,
        limit: rule.limit,
        remaining: Math.max(0, rule.limit - window.count),
        reset: window.reset,
      };
    },
    async reachable() {
      return true;
    },
  };
}

export type UpstashOptions = { url: string; token: string; timeoutMs?: number };

/** Thrown when Upstash does not answer in time; `limit()` itself would report success. */
export class RateLimitBackendTimeout extends Error {}

export function createUpstashLimiter({ url, token, timeoutMs = 500 }: UpstashOptions): RateLimiter {
  // No retries: a backend that is down must hand over to the fallback within the timeout.
  const redis = new Redis({ url, token, retry: false, enableTelemetry: false });
  const limiters = new Map<string, Ratelimit>();
  function limiterFor(name: string, rule: RateLimitRule): Ratelimit {
    const id = `${name}:${rule.limit}:${rule.windowSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
        prefix: `gatehouse:rl:${name}`,
        timeout: timeoutMs,
        analytics: false,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  }
  return {
    async limit(name, rule, key) {
      const result = await limiterFor(name, rule).limit(key);
      // On timeout @upstash/ratelimit answers success: true. Never let that through.
      if (result.reason === "timeout") throw new RateLimitBackendTimeout(`Upstash did not answer within ${timeoutMs} ms`);
      return { success: result.success, limit: result.limit, remaining: result.remaining, reset: result.reset };
    },
    async reachable() {
      return (await redis.ping()) === "PONG";
    },
  };
}

/**
 * Asks `primary`; when it throws or times out, `fallback` decides (never fail open). Every
 * attempt is also counted in `fallback`, so when it takes over it knows what this instance saw.
 * The warning is logged at most once a minute.
 */
export function withFallback(
  primary: RateLimiter,
  fallback: RateLimiter,
  { now = Date.now, warn = console.warn }: { now?: Clock; warn?: (message: string) => void } = {},
): RateLimiter {
  let lastWarning = -Infinity;
  return {
    async limit(name, rule, key) {
      const local = fallback.limit(name, rule, key);
      try {
        return await primary.limit(name, rule, key);
      } catch (error) {
        const time = now();
        if (time - lastWarning >= 60_000) {
          lastWarning = time;
          warn(`[rate-limit] backend unavailable, using the in-process limiter: ${(error as Error).message}`);
        }
        return local;
      }
    },
    reachable: () => primary.reachable(),
  };
}
