import { describe, expect, it } from "vitest";
import { checkRateLimits } from "./check-rate-limits";
import { createMemoryLimiter, type RateLimiter } from "./limiter";
import { RATE_LIMIT_POLICIES } from "./policies";

/** The in-process limiter, with a record of every key it was asked to count. */
function countingLimiter(): { limiter: RateLimiter; counted: string[] } {
  const memory = createMemoryLimiter();
  const counted: string[] = [];
  return {
    counted,
    limiter: {
      limit(name, rule, key) {
        counted.push(name);
        return memory.limit(name, rule, key);
      },
      reachable: () => memory.reachable(),
    },
  };
}

describe("checkRateLimits", () => {
  // Issue 12, item 4: a null client IP used to skip every per-IP check.
  it("puts every request whose client address is unknown into one shared bucket: never fails open", async () => {
    const { limiter } = countingLimiter();
    const limit = RATE_LIMIT_POLICIES.registerPerIp.limit;
    const results = [];
    for (let attempt = 0; attempt <= limit; attempt++) {
      results.push((await checkRateLimits([{ policy: "registerPerIp", key: null }], { limiter, multiplier: 1 })).ok);
    }
    expect(results.slice(0, limit).every(Boolean)).toBe(true);
    expect(results.at(-1)).toBe(false);
    // A known address has its own bucket.
    expect((await checkRateLimits([{ policy: "registerPerIp", key: "192.0.2.1" }], { limiter, multiplier: 1 })).ok).toBe(true);
  });

  // Issue 12, item 6: a fresh email per attempt made a fresh counter, even once the IP was refused.
  it("does not count the per-key policies once a per-IP policy has refused", async () => {
    const { limiter, counted } = countingLimiter();
    const ipLimit = RATE_LIMIT_POLICIES.forgotPasswordPerIp.limit;
    for (let attempt = 0; attempt < ipLimit; attempt++) {
      const checks = [
        { policy: "forgotPasswordPerIp" as const, key: "192.0.2.9" },
        { policy: "forgotPasswordPerEmail" as const, key: `fresh-${attempt}@example.com` },
      ];
      expect((await checkRateLimits(checks, { limiter, multiplier: 1 })).ok).toBe(true);
    }
    counted.length = 0;
    const refused = await checkRateLimits(
      [
        { policy: "forgotPasswordPerEmail", key: "one-more@example.com" },
        { policy: "forgotPasswordPerIp", key: "192.0.2.9" },
      ],
      { limiter, multiplier: 1 },
    );
    expect(refused).toMatchObject({ ok: false, policy: "forgotPasswordPerIp" });
    expect(counted).toEqual(["forgotPasswordPerIp"]);
  });
});
