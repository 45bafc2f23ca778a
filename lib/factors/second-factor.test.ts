// Authenticator apps and recovery codes against a real SQLite database; codes come from the
// tests' own TOTP implementation (test-support/totp-code.ts), time from a clock the test sets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { totpCode } from "@/test-support/totp-code";

const database = sqliteTestDatabase("factors");
process.env.FACTOR_ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");

type Modules = {
  db: typeof import("@/lib/db/client").db;
  startTotpEnrolment: typeof import("./start-totp-enrolment").startTotpEnrolment;
  confirmTotpEnrolment: typeof import("./confirm-totp-enrolment").confirmTotpEnrolment;
  createPendingSignIn: typeof import("./create-pending-sign-in").createPendingSignIn;
  completeSecondFactor: typeof import("./complete-second-factor").completeSecondFactor;
  regenerateRecoveryCodes: typeof import("./regenerate-recovery-codes").regenerateRecoveryCodes;
  removeSecondFactor: typeof import("./remove-second-factor").removeSecondFactor;
  secondFactorStatus: typeof import("./second-factor-status").secondFactorStatus;
  hasSecondFactor: typeof import("./second-factor-status").hasSecondFactor;
  secondFactorKinds: typeof import("./second-factor-status").secondFactorKinds;
  createMemoryLimiter: typeof import("@/lib/rate-limit/limiter").createMemoryLimiter;
};
let mod: Modules;

beforeAll(async () => {
  const db = await openTestDatabase(database);
  mod = {
    db,
    ...(await import("./start-totp-enrolment")),
    ...(await import("./confirm-totp-enrolment")),
    ...(await import("./create-pending-sign-in")),
    ...(await import("./complete-second-factor")),
    ...(await import("./regenerate-recovery-codes")),
    ...(await import("./remove-second-factor")),
    ...(await import("./second-factor-status")),
    ...(await import("@/lib/rate-limit/limiter")),
  };
}, 60_000);

afterAll(async () => {
  await mod?.db.$disconnect();
  await database.drop();
});

const context = { ip: "192.0.2.1", userAgent: "vitest" };
const T0 = new Date("2031-05-05T10:00:10Z").getTime();
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const limits = () => ({ limiter: mod.createMemoryLimiter(), multiplier: 1000 });

let counter = 0;
async function enrolledUser(): Promise<{ userId: string; secret: string; recoveryCodes: string[] }> {
  counter += 1;
  const user = await mod.db.user.create({ data: { email: `factor-${counter}@example.com` } });
  const started = await mod.startTotpEnrolment({ userId: user.id, email: user.email });
  if (started.status !== "started") throw new Error("not started");
  const confirmed = await mod.confirmTotpEnrolment({ userId: user.id, code: totpCode(started.secret, T0), context, now: at(0), rateLimits: limits() });
  if (confirmed.status !== "enrolled") throw new Error(`not enrolled: ${confirmed.status}`);
  return { userId: user.id, secret: started.secret, recoveryCodes: confirmed.recoveryCodes };
}

async function challenge(userId: string, code: string, seconds: number, token?: string) {
  const pending = token ?? (await mod.createPendingSignIn({ userId, method: "credentials", remember: false, now: at(seconds) })).token;
  const result = await mod.completeSecondFactor({ token: pending, code, context, now: at(seconds), lockoutThreshold: 10, rateLimits: limits() });
  return { pending, result };
}

describe("enrolling an authenticator app", () => {
  it("is confirmed only by a right code, keeps the secret encrypted at rest, and makes ten recovery codes", async () => {
    const user = await mod.db.user.create({ data: { email: "enrol@example.com" } });
    const started = await mod.startTotpEnrolment({ userId: user.id, email: user.email });
    if (started.status !== "started") throw new Error("not started");
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Gatehouse:enrol%40example\.com\?/);
    expect(started.uri).toContain(`secret=${started.secret}`);
    const again = await mod.startTotpEnrolment({ userId: user.id, email: user.email });
    expect(again).toEqual(started);

    const stored = await mod.db.totpFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.secret).not.toContain(started.secret);
    expect(stored.secret).toMatch(/^v1\./);

    const wrong = String((Number(totpCode(started.secret, T0)) + 1) % 1_000_000).padStart(6, "0");
    expect((await mod.confirmTotpEnrolment({ userId: user.id, code: wrong, context, now: at(0), rateLimits: limits() })).status).toBe("wrong-code");
    const confirmed = await mod.confirmTotpEnrolment({ userId: user.id, code: totpCode(started.secret, T0), context, now: at(0), rateLimits: limits() });
    if (confirmed.status !== "enrolled") throw new Error("not enrolled");
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const hashes = await mod.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(hashes.map((row) => row.codeHash)).not.toContain(confirmed.recoveryCodes[0]);
    expect(await mod.secondFactorStatus(user.id)).toEqual({ on: true, totp: true, passkeys: 0, passkeyTwoStep: false, recoveryCodesLeft: 10 });
    expect(await mod.startTotpEnrolment({ userId: user.id, email: user.email })).toEqual({ status: "already-enrolled" });
    expect(await mod.db.auditEvent.count({ where: { subjectId: user.id, type: "factor.enrolled" } })).toBe(1);
  });
});

describe("the sign-in challenge", () => {
  it("accepts a code one step either side, not two", async () => {
    const { userId, secret } = await enrolledUser();
    expect((await challenge(userId, totpCode(secret, T0 + 60_000 - 30_000), 60)).result.ok).toBe(true);
    expect((await challenge(userId, totpCode(secret, T0 + 120_000 + 30_000), 120)).result.ok).toBe(true);
    expect((await challenge(userId, totpCode(secret, T0 + 240_000 - 60_000), 240)).result).toEqual({ ok: false, reason: "wrong-code" });
  });

  it("never accepts the same code twice, nor a code from before the last one accepted", async () => {
    const { userId, secret } = await enrolledUser();
    const code = totpCode(secret, T0 + 300_000);
    expect((await challenge(userId, code, 300)).result.ok).toBe(true);
    expect((await challenge(userId, code, 305)).result).toEqual({ ok: false, reason: "wrong-code" });
    expect((await challenge(userId, totpCode(secret, T0 + 270_000), 305)).result).toEqual({ ok: false, reason: "wrong-code" });
    expect((await challenge(userId, totpCode(secret, T0 + 330_000), 330)).result.ok).toBe(true);
  });

  it("takes each recovery code once, alone, and says how many remain", async () => {
    const { userId, recoveryCodes } = await enrolledUser();
    const first = await challenge(userId, recoveryCodes[0]!.toUpperCase(), 10);
    expect(first.result).toEqual({ ok: true, userId, method: "credentials", remember: false, recoveryCodesLeft: 9 });
    expect((await challenge(userId, recoveryCodes[0]!, 20)).result).toEqual({ ok: false, reason: "wrong-code" });
    expect((await challenge(userId, recoveryCodes[1]!.replace("-", ""), 30)).result).toMatchObject({ ok: true, recoveryCodesLeft: 8 });
    expect(await mod.db.auditEvent.count({ where: { subjectId: userId, type: "factor.recovery_code_used" } })).toBe(2);
  });

  it("is single-use, expires after 5 minutes, and ends after five wrong codes, each counted toward the lockout", async () => {
    const { userId, secret } = await enrolledUser();
    const used = await challenge(userId, totpCode(secret, T0 + 30_000), 30);
    expect(used.result.ok).toBe(true);
    expect((await challenge(userId, totpCode(secret, T0 + 60_000), 60, used.pending)).result).toEqual({ ok: false, reason: "expired" });

    const late = await mod.createPendingSignIn({ userId, method: "credentials", remember: false, now: at(100) });
    expect((await challenge(userId, totpCode(secret, T0 + 401_000), 401, late.token)).result).toEqual({ ok: false, reason: "expired" });

    const pending = await mod.createPendingSignIn({ userId, method: "github", remember: false, now: at(500) });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await challenge(userId, "000000", 500, pending.token)).result);
    expect(answers.map((answer) => (answer.ok ? "ok" : answer.reason))).toEqual(["wrong-code", "wrong-code", "wrong-code", "wrong-code", "expired"]);
    expect((await challenge(userId, totpCode(secret, T0 + 500_000), 500, pending.token)).result).toEqual({ ok: false, reason: "expired" });
    const user = await mod.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.failedSignInCount).toBe(5);
    expect(await mod.db.auditEvent.count({ where: { subjectId: userId, type: "sign_in.second_factor_failed" } })).toBe(5);
  });

  it("limits wrong codes per account", async () => {
    const { userId } = await enrolledUser();
    const rateLimits = { limiter: mod.createMemoryLimiter(), multiplier: 1 };
    const reasons = [];
    for (let i = 0; i < 11; i++) {
      const { token } = await mod.createPendingSignIn({ userId, method: "credentials", remember: false, now: at(0) });
      const result = await mod.completeSecondFactor({ token, code: "123456", context, now: at(0), lockoutThreshold: 1000, rateLimits });
      reasons.push(result.ok ? "ok" : result.reason);
    }
    expect(reasons.at(-1)).toBe("rate-limited");
    expect(reasons.slice(0, 10).every((reason) => reason === "wrong-code")).toBe(true);
  });
});

describe("managing the factor", () => {
  it("regenerating recovery codes voids the old set; removing the factor ends the challenge", async () => {
    const { userId, secret, recoveryCodes } = await enrolledUser();
    const fresh = await mod.regenerateRecoveryCodes({ userId, context });
    expect(fresh).toHaveLength(10);
    expect((await challenge(userId, recoveryCodes[2]!, 10)).result).toEqual({ ok: false, reason: "wrong-code" });
    expect((await challenge(userId, fresh![0]!, 20)).result).toMatchObject({ ok: true, recoveryCodesLeft: 9 });

    expect(await mod.removeSecondFactor({ userId, actor: { id: userId, reason: "owner" }, context })).toEqual({ removed: true });
    expect(await mod.secondFactorStatus(userId)).toEqual({ on: false, totp: false, passkeys: 0, passkeyTwoStep: false, recoveryCodesLeft: 0 });
    expect((await challenge(userId, totpCode(secret, T0 + 60_000), 60)).result).toEqual({ ok: false, reason: "wrong-code" });
    expect(await mod.db.auditEvent.count({ where: { subjectId: userId, type: "factor.removed" } })).toBe(1);
  });
});

describe("has a second factor", () => {
  it("only once an app is confirmed (not while it is being set up), and no longer after it is removed", async () => {
    const setting = await mod.db.user.create({ data: { email: "setting-up@example.com" } });
    expect(await mod.hasSecondFactor(setting.id)).toBe(false);
    expect((await mod.startTotpEnrolment({ userId: setting.id, email: setting.email })).status).toBe("started");
    expect(await mod.hasSecondFactor(setting.id)).toBe(false);

    const { userId } = await enrolledUser();
    expect(await mod.hasSecondFactor(userId)).toBe(true);
    expect(await mod.secondFactorKinds(mod.db, [setting.id, userId])).toEqual(new Map([[userId, ["authenticator app"]]]));

    await mod.removeSecondFactor({ userId, actor: { id: userId, reason: "owner" }, context });
    expect(await mod.hasSecondFactor(userId)).toBe(false);
    expect(await mod.secondFactorKinds(mod.db, [userId])).toEqual(new Map());
  });
});
