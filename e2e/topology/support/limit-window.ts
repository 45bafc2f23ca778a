// The shared limiter is Upstash's sliding window: it weighs the previous window's count by how much
// of that window still overlaps, so attempts that straddle a window's edge can count as fewer than
// they were (6 just before a minute turns and 4 just after read as 9.9 of 10 at first). That is the
// algorithm's documented approximation, not a lost attempt. A test that expects exactly the
// (limit + 1)th attempt to be refused starts where its attempts all fit in one window.
import { setTimeout as sleep } from "node:timers/promises";
import { RATE_LIMIT_POLICIES, type RateLimitPolicy } from "@/lib/rate-limit/policies";

/** Waits, if need be, until the policy's current window has at least `needSeconds` left. */
export async function roomInWindow(policy: RateLimitPolicy, needSeconds: number): Promise<void> {
  const windowMs = RATE_LIMIT_POLICIES[policy].windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < needSeconds * 1000) await sleep(left + 50);
}
