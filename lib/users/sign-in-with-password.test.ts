// The password sign-in rule against a real SQLite database, a real redis-server behind the
// Upstash REST bridge, and a clock the test moves.
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { startRedisServer } from "@/test-support/redis-server";
import { startUpstashBridge } from "@/test-support/upstash-bridge";

const database = sqliteTestDatabase("sign-in");
process.env.BCRYPT_COST = "10";
process.env.PASSWORD_HASH_THREADS = "2";

const PASSWORD = "correct horse battery staple";
const direct = { userAgent: "vitest" };

/**
 * Waits, if need be, until the current fixed minute has `needMs` left. @upstash/ratelimit's
 * sliding window counts the previous minute's attempts weighted and rounded down, so attempts that
 * straddle a minute boundary can lose one from the count: a test that expects the exact limit must
 * land in one minute.
 */
async function withinOneMinuteWindow(needMs: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const db = await openTestDatabase(database);
const { signInWithPassword } = await import("./sign-in-with-password");
const { clearLockout } = await import("@/lib/lockout/clear-lockout");
const { createUpstashLimiter, createMemoryLimiter } = await import("@/lib/rate-limit/limiter");
const { closePasswordPool, hashPassword } = await import("@/lib/password/hash");
const redis = await startRedisServer();
const bridge = await startUpstashBridge({ redisPort: redis.port });

afterAll(async () => {
  await bridge.close();
  await redis.stop();
  await closePasswordPool();
});

async function createUser(email: string): Promise<string> {
  const user = await db.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD) } });
  return user.id;
}

/** Generous limits, so only the lockout is under test. */
const noRateLimits = () => ({ limiter: createMemoryLimiter(), multiplier: 10_000 });

// Dozens of real bcrypt compares per test, on cores shared with other suites.
const SLOW = { timeout: 90_000 };

describe("rate limits on password sign-in (real @upstash/ratelimit over the bridge)", SLOW, () => {
  it("lets no more than 10 of 100 concurrent attempts per account and IP reach the password check", async () => {
    const email = "burst@example.com";
    const userId = await createUser(email);
    // 300 commands at once through one bridge on 2 cores: more time than the production 500 ms.
    const limiter = createUpstashLimiter({ url: bridge.url, token: bridge.token, timeoutMs: 10_000 });
    const attempts = Array.from({ length: 100 }, (_, index) =>
      signInWithPassword({
        email,
        // One in ten is the right password: still no more than 10 get through at all.
        password: index % 10 === 0 ? PASSWORD : `wrong password ${index}`,
        context: { ip: "192.0.2.10", ...direct },
        lockoutThreshold: 1000,
        rateLimits: { limiter, multiplier: 1 },
      }),
    );
    const results = await Promise.all(attempts);
    const limited = results.filter((result) => !result.ok && result.reason === "rate-limited");
    expect(results.length - limited.length).toBeLessThanOrEqual(10);
    expect(limited.length).toBeGreaterThanOrEqual(90);
    const checked = await db.auditEvent.count({ where: { subjectId: userId, type: "sign_in.failed" } });
    expect(checked + results.filter((result) => result.ok).length).toBeLessThanOrEqual(10);
  });

  it("says the same for an email without an account: limits are keyed on the email as typed", async () => {
    // Correctness, not speed: the production 500 ms timeout is for a loaded machine too tight here.
    const limiter = createUpstashLimiter({ url: bridge.url, token: bridge.token, timeoutMs: 10_000 });
    await withinOneMinuteWindow(20_000);
    const outcomes = [];
    for (let i = 0; i < 11; i++) {
      const result = await signInWithPassword({
        email: "nobody@example.com",
        password: "whatever it is here",
        context: { ip: "192.0.2.11", ...direct },
        rateLimits: { limiter, multiplier: 1 },
      });
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes).toEqual([...Array(10).fill("invalid"), "rate-limited"]);
  });

  it("keeps counting per account when the attacker changes IP", async () => {
    const limiter = createMemoryLimiter();
    const reasons = [];
    for (let i = 0; i < 12; i++) {
      const result = await signInWithPassword({
        email: "spread@example.com",
        password: "not the password",
        context: { ip: `198.51.100.${i}`, ...direct },
        rateLimits: { limiter, multiplier: 0.1 }, // 100/h per account → 10/h
      });
      reasons.push(result.ok ? "ok" : result.reason);
    }
    expect(reasons.slice(10)).toEqual(["rate-limited", "rate-limited"]);
  });
});

describe("account lockout (a clock the test moves)", SLOW, () => {
  const context = { ip: "192.0.2.20", ...direct };

  async function attempt(email: string, password: string, now: Date) {
    const result = await signInWithPassword({ email, password, context, now, rateLimits: noRateLimits() });
    return result.ok ? "ok" : result.reason;
  }

  it("locks after 10 failures for 1 minute, then 2, 4, … at most 15; the right password is refused alike", async () => {
    const email = "lockme@example.com";
    const userId = await createUser(email);
    let now = new Date("2030-01-01T00:00:00Z");
    const step = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));

    for (let i = 0; i < 9; i++) expect(await attempt(email, "wrong password!", now)).toBe("invalid");
    expect(await attempt(email, PASSWORD, now)).toBe("ok"); // a success resets the count
    for (let i = 0; i < 10; i++) expect(await attempt(email, "wrong password!", step(1))).toBe("invalid");

    const locked = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(locked.lockedUntil!.getTime() - now.getTime()).toBe(60_000);
    expect(await attempt(email, PASSWORD, step(30))).toBe("invalid");
    expect(await attempt(email, PASSWORD, step(31))).toBe("ok");

    // Escalation: failures after each lock ends double it, to 15 minutes at most.
    for (let i = 0; i < 10; i++) await attempt(email, "wrong password!", step(1));
    const waits: number[] = [];
    for (let round = 0; round < 6; round++) {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      waits.push((user.lockedUntil!.getTime() - now.getTime()) / 60_000);
      step((user.lockedUntil!.getTime() - now.getTime()) / 1000);
      await attempt(email, "wrong password!", now);
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15]);

    const lockEvents = await db.auditEvent.count({ where: { subjectId: userId, type: "account.locked" } });
    expect(lockEvents).toBe(8);
  });

  it("forgets failures after 12 hours without one", async () => {
    const email = "forgetful@example.com";
    const userId = await createUser(email);
    let now = new Date("2030-02-01T00:00:00Z");
    for (let i = 0; i < 9; i++) await attempt(email, "wrong password!", now);
    now = new Date(now.getTime() + 12 * 3600 * 1000);
    await attempt(email, "wrong password!", now);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.failedSignInCount).toBe(1);
    expect(user.lockedUntil).toBeNull();
    expect(await attempt(email, PASSWORD, now)).toBe("ok");
  });

  it("an admin (or a password reset) clears the lock, and that is audited", async () => {
    const email = "cleared@example.com";
    const userId = await createUser(email);
    const now = new Date();
    for (let i = 0; i < 10; i++) await attempt(email, "wrong password!", now);
    expect(await attempt(email, PASSWORD, now)).toBe("invalid");

    expect(await clearLockout(userId, { id: null, reason: "admin" })).toEqual({ cleared: true });
    expect(await attempt(email, PASSWORD, now)).toBe("ok");
    const unlock = await db.auditEvent.findFirstOrThrow({ where: { subjectId: userId, type: "account.unlocked" } });
    expect(JSON.parse(unlock.details!)).toEqual({ reason: "admin" });
    expect(await clearLockout(userId, { id: null, reason: "admin" })).toEqual({ cleared: false });
  });

  it("concurrent wrong passwords lock once and are counted exactly", async () => {
    const email = "racing@example.com";
    const userId = await createUser(email);
    const now = new Date("2030-03-01T00:00:00Z");
    await Promise.all(Array.from({ length: 12 }, () => attempt(email, "wrong password!", now)));
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.failedSignInCount).toBe(10);
    expect(user.lockedUntil!.getTime() - now.getTime()).toBe(60_000);
  });
});
