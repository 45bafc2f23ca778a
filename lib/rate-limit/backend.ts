import "server-only";
import { settings } from "@/lib/config/settings";
import { createMemoryLimiter, createUpstashLimiter, withFallback, type RateLimiter } from "./limiter";

/** Upstash answers slower than this count as down: the in-process limiter decides. */
export const BACKEND_TIMEOUT_MS = 500;

let limiter: RateLimiter | undefined;

/** The process's limiter: Upstash when configured (with the in-process fallback), else in-process. */
export function rateLimiter(): RateLimiter {
  if (!limiter) {
    const { upstash } = settings().rateLimit;
    const local = createMemoryLimiter();
    limiter = upstash ? withFallback(createUpstashLimiter({ ...upstash, timeoutMs: BACKEND_TIMEOUT_MS }), local) : local;
  }
  return limiter;
}
