import "server-only";
import { createHash } from "node:crypto";
import { settings } from "@/lib/config/settings";
import { rateLimiter } from "./backend";
import type { RateLimitDecision, RateLimiter } from "./limiter";
import { RATE_LIMIT_POLICIES, type RateLimitPolicy } from "./policies";

/** `key: null` means the client's address is unknown: all such requests share one bucket. */
export type RateLimitCheck = { policy: RateLimitPolicy; key: string | null };

export type RateLimitResult = { ok: true } | { ok: false; policy: RateLimitPolicy; retryAfterSeconds: number };

export type CheckRateLimitsOptions = { limiter?: RateLimiter; multiplier?: number; now?: () => number };

/** The key every request without a known client address shares (never a pass: fail closed). */
export const UNKNOWN_CLIENT = "unknown-client";

// Keys may hold emails: only a digest reaches the backend.
function digest(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 32);
}

type Counted = { policy: RateLimitPolicy; decision: RateLimitDecision };

/**
 * Counts one attempt and answers whether every check allows it. The per-client (IP) checks come
 * first; when one of them refuses, the finer checks are not counted, so a flood from one address
 * with a fresh email each time neither grows the counters nor uses up someone's per-email allowance.
 * Within a stage every check is counted, so each counter sees every attempt that reached it.
 */
export async function checkRateLimits(checks: RateLimitCheck[], options: CheckRateLimitsOptions = {}): Promise<RateLimitResult> {
  const limiter = options.limiter ?? rateLimiter();
  const multiplier = options.multiplier ?? settings().rateLimit.multiplier;
  const now = options.now ?? Date.now;
  const count = (stage: RateLimitCheck[]): Promise<Counted[]> =>
    Promise.all(
      stage.map(async ({ policy, key }) => {
        const rule = RATE_LIMIT_POLICIES[policy];
        const scaled = { limit: rule.limit * multiplier, windowSeconds: rule.windowSeconds };
        return { policy, decision: await limiter.limit(policy, scaled, digest(key ?? UNKNOWN_CLIENT)) };
      }),
    );
  const perClient = (check: RateLimitCheck) => "perClient" in RATE_LIMIT_POLICIES[check.policy];

  let refused = (await count(checks.filter(perClient))).filter(({ decision }) => !decision.success);
  if (refused.length === 0) {
    refused = (await count(checks.filter((check) => !perClient(check)))).filter(({ decision }) => !decision.success);
  }
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
