// Step-up against a real SQLite database: the password or an authenticator code renews the
// session's proof of identity, which counts for 10 minutes.
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { totpCode } from "@/test-support/totp-code";

const database = sqliteTestDatabase("step-up");
process.env.BCRYPT_COST = "10";
process.env.FACTOR_ENCRYPTION_KEY = Buffer.alloc(32, 5).toString("base64");

const db = await openTestDatabase(database);
const { confirmIdentity } = await import("./confirm-identity");
const { isRecentlyAuthenticated } = await import("./step-up");
const { hashPassword, closePasswordPool } = await import("@/lib/password/hash");
const { createMemoryLimiter } = await import("@/lib/rate-limit/limiter");
const { startTotpEnrolment } = await import("@/lib/factors/start-totp-enrolment");
const { confirmTotpEnrolment } = await import("@/lib/factors/confirm-totp-enrolment");

afterAll(async () => {
  await closePasswordPool();
  await db.$disconnect();
  await database.drop();
});

const context = { ip: "192.0.2.5", userAgent: "vitest" };
const PASSWORD = "step up correct horse battery";
const T0 = new Date("2032-01-01T08:00:05Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe("step-up", { timeout: 60_000 }, () => {
  it("counts a proof for 10 minutes", () => {
    expect(isRecentlyAuthenticated(T0, later(9.9))).toBe(true);
    expect(isRecentlyAuthenticated(T0, later(10))).toBe(false);
  });

  it("renews the session's proof with the password or a code, never with a wrong one or a replayed code", async () => {
    const user = await db.user.create({ data: { email: "step-up@example.com", passwordHash: await hashPassword(PASSWORD) } });
    const session = await db.session.create({
      data: { sessionToken: "step-up-token", userId: user.id, expires: later(600), idleSeconds: 7200, authenticatedAt: T0 },
    });
    const rateLimits = { limiter: createMemoryLimiter(), multiplier: 1000 };
    const confirm = (proof: { password: string } | { code: string }, minutes: number) =>
      confirmIdentity({ userId: user.id, sessionId: session.id, proof, context, now: later(minutes), rateLimits });
    const authenticatedAt = async () => (await db.session.findUniqueOrThrow({ where: { id: session.id } })).authenticatedAt;

    expect(await confirm({ password: "wrong password here" }, 20)).toEqual({ status: "wrong" });
    expect(await authenticatedAt()).toEqual(T0);
    expect(await confirm({ password: PASSWORD }, 20)).toEqual({ status: "confirmed" });
    expect(await authenticatedAt()).toEqual(later(20));

    const started = await startTotpEnrolment({ userId: user.id, email: user.email });
    if (started.status !== "started") throw new Error("not started");
    await confirmTotpEnrolment({ userId: user.id, code: totpCode(started.secret, later(21).getTime()), context, now: later(21), rateLimits });
    const code = totpCode(started.secret, later(40).getTime());
    expect(await confirm({ code }, 40)).toEqual({ status: "confirmed" });
    expect(await authenticatedAt()).toEqual(later(40));
    expect(await confirm({ code }, 40.2)).toEqual({ status: "wrong" });
    expect(await db.auditEvent.count({ where: { subjectId: user.id, type: "session.identity_confirmed" } })).toBe(2);
  });

  it("limits attempts per account", async () => {
    const user = await db.user.create({ data: { email: "step-up-limit@example.com", passwordHash: await hashPassword(PASSWORD) } });
    const rateLimits = { limiter: createMemoryLimiter(), multiplier: 1 };
    const results = [];
    for (let i = 0; i < 11; i++) {
      results.push((await confirmIdentity({ userId: user.id, sessionId: "none", proof: { password: "nope" }, context, now: T0, rateLimits })).status);
    }
    expect(results.at(-1)).toBe("rate-limited");
  });
});
