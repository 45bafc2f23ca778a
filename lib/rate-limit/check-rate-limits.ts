import "server-only";
import { createHash } from "node:crypto";
import { settings } from "@/lib/config/settings";
import { rateLimiter } from "./backend";
import type { RateLimiter } from "./limiter";
import { RATE_LIMIT_POLICIES, type RateLimitPolicy } from "./policies";

export type RateLimitCheck = { policy: RateLimitPolicy; key: string | null };

export type RateLimitResult = { ok: true } | { ok: false; policy: RateLimitPolicy; retryAfterSeconds: number };

export type CheckRateLimitsOptions = { limiter?: RateLimiter; multiplier?: number; now?: () => number };

// Keys may hold emails: only a digest reaches the backend.
function digest(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 32);
}

/**
 * Counts one attempt against each check (all of them, so every counter sees every attempt) and
 * answers whether all allow it. A check whose key is null (no client IP known) is skipped.
 */
export async function checkRateLimits(checks: RateLimitCheck[], options: CheckRateLimitsOptions = {}): Promise<RateLimitResult> {
  const limiter = options.limiter ?? rateLimiter();
  const multiplier = options.multiplier ?? settings().rateLimit.multiplier;
  const now = options.now ?? Date.now;
  const applicable = checks.filter((check): check is { policy: RateLimitPolicy; key: string } => check.key !== null);
  const decisions = await Promise.all(
    applicable.map(async ({ policy, key }) => {
      const rule = RATE_LIMIT_POLICIES[policy];
      const decision = await limiter.limit(policy, { ...rule, limit: rule.limit * multiplier }, digest(key));
      return { policy, decision };
    }),
  );
  const refused = decisions.filter(({ decision }) => !decision.success);
  if (refused.length === 0) return { ok: true };
  const longest = refused.reduce((a, b) => (b.decision.reset > a.decision.reset ? b : a));
  return {
    ok: false,
    policy: longest.policy,
    retryAfterSeconds: Math.max(1, Math.ceil((longest.decision.reset - now()) / 1000)),
  };
}

/** "Too many attempts — try again in N minutes": the same words whatever was limited. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts — try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
