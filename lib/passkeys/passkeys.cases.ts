// Passkeys against a real database and @simplewebauthn/server, with answers made by the tests'
// own authenticator (test-support/software-authenticator.ts) and time from the test. The same
// cases run on SQLite (passkeys.test.ts) and PostgreSQL (passkeys.postgres.test.ts).
import { describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "@/test-support/software-authenticator";
import { Prisma } from "@/lib/db/generated/sqlite/client";

const ORIGIN = "http://localhost:3000";

export type PasskeyTarget = { db: typeof import("@/lib/db/client").db } & typeof import("./start-registration") &
  typeof import("./finish-registration") &
  typeof import("./start-authentication") &
  typeof import("./sign-in-with-passkey") &
  typeof import("./complete-second-step") &
  typeof import("./remove-passkey") &
  typeof import("@/lib/factors/second-factor-status") &
  typeof import("@/lib/factors/turn-passkey-two-step") &
  typeof import("@/lib/factors/remove-second-factor") &
  typeof import("@/lib/factors/create-pending-sign-in") &
  typeof import("@/lib/sessions/confirm-identity") &
  typeof import("@/lib/rate-limit/limiter");

/** Loads the modules under test once DATABASE_URL names the test database (AUTH_URL: http://localhost:3000). */
export async function passkeyModules(db: PasskeyTarget["db"]): Promise<PasskeyTarget> {
  return {
    db,
    ...(await import("./start-registration")),
    ...(await import("./finish-registration")),
    ...(await import("./start-authentication")),
    ...(await import("./sign-in-with-passkey")),
    ...(await import("./complete-second-step")),
    ...(await import("./remove-passkey")),
    ...(await import("@/lib/factors/second-factor-status")),
    ...(await import("@/lib/factors/turn-passkey-two-step")),
    ...(await import("@/lib/factors/remove-second-factor")),
    ...(await import("@/lib/factors/create-pending-sign-in")),
    ...(await import("@/lib/sessions/confirm-identity")),
    ...(await import("@/lib/rate-limit/limiter")),
  };
}

export function passkeyCases(label: string, mod: PasskeyTarget): void {
  const { db } = mod;
  const prefix = label.toLowerCase();
  const context = { ip: "192.0.2.7", userAgent: "vitest" };
  const T0 = new Date("2031-06-01T09:00:00Z").getTime();
  const at = (seconds: number) => new Date(T0 + seconds * 1000);
  const BROWSER = "b".repeat(43);
  const OTHER_BROWSER = "c".repeat(43);

  let counter = 0;
  async function userWithPasskey(options: { synced?: boolean } = {}) {
    counter += 1;
    const user = await db.user.create({ data: { email: `${prefix}-passkey-${counter}@example.com`, name: `Passkey ${counter}` } });
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN, rpId: "localhost", synced: options.synced });
    const started = await mod.startRegistration({ user, browser: BROWSER, now: at(0) });
    if (started.status !== "ready") throw new Error(started.status);
    const attestation = authenticator.register(started.options);
    const added = await mod.finishRegistration({ userId: user.id, name: "Laptop", attestation, browser: BROWSER, context, now: at(1) });
    if (added.status !== "added") throw new Error(added.status);
    return { user, authenticator, passkeyId: added.passkeyId, attestation };
  }

  async function signInChallenge(seconds = 10, browser = BROWSER) {
    const started = await mod.startAuthentication({ purpose: "sign-in", userId: null, browser, now: at(seconds) });
    if (started.status !== "ready") throw new Error(started.status);
    return started.options;
  }

  const signIn = (assertion: ReturnType<SoftwareAuthenticator["assert"]>, seconds = 11, browser = BROWSER) =>
    mod.signInWithPasskey({ assertion, browser, context, now: at(seconds) });

  describe(`adding a passkey (${label})`, () => {
    it("asks for a discoverable, user-verified credential for this account and keeps only its public key", async () => {
      const user = await db.user.create({ data: { email: `${prefix}-adds@example.com`, name: null } });
      const started = await mod.startRegistration({ user, browser: BROWSER, now: at(0) });
      if (started.status !== "ready") throw new Error(started.status);
      expect(started.options.rp).toEqual({ id: "localhost", name: "Gatehouse" });
      expect(started.options.user).toMatchObject({ name: user.email, displayName: user.email, id: Buffer.from(user.id).toString("base64url") });
      expect(started.options.authenticatorSelection).toMatchObject({ residentKey: "required", requireResidentKey: true, userVerification: "required" });
      expect(started.options.attestation).toBe("none");

      const authenticator = new SoftwareAuthenticator({ origin: ORIGIN, rpId: "localhost" });
      const attestation = authenticator.register(started.options);
      const added = await mod.finishRegistration({ userId: user.id, name: "Phone", attestation, browser: BROWSER, context, now: at(1) });
      expect(added.status).toBe("added");
      const row = await db.passkey.findFirstOrThrow({ where: { userId: user.id } });
      expect(row).toMatchObject({ name: "Phone", credentialId: attestation.id, counter: 0n, transports: "internal", deviceType: "singleDevice", backedUp: false, lastUsedAt: null });
      expect(await db.auditEvent.count({ where: { subjectId: user.id, type: "passkey.added" } })).toBe(1);

      // The same answer again: its challenge is spent.
      expect((await mod.finishRegistration({ userId: user.id, name: "Again", attestation, browser: BROWSER, context, now: at(2) })).status).toBe("expired");
      // The next registration excludes the passkey it has.
      const next = await mod.startRegistration({ user, browser: BROWSER, now: at(3) });
      expect(next.status === "ready" && next.options.excludeCredentials?.map((credential) => credential.id)).toEqual([attestation.id]);
    });

    it("takes an answer only from the browser and account its challenge was issued to, within 5 minutes", async () => {
      const { user } = await userWithPasskey();
      const other = await db.user.create({ data: { email: `${prefix}-other-account@example.com` } });
      const authenticator = new SoftwareAuthenticator({ origin: ORIGIN, rpId: "localhost" });
      const finish = async (issuedTo: string, answeredBy: string, browser: string, seconds: number) => {
        const started = await mod.startRegistration({ user: { id: issuedTo, email: "x@example.com", name: null }, browser: BROWSER, now: at(0) });
        if (started.status !== "ready") throw new Error(started.status);
        return (await mod.finishRegistration({ userId: answeredBy, name: "X", attestation: authenticator.register(started.options), browser, context, now: at(seconds) })).status;
      };
      expect(await finish(user.id, user.id, OTHER_BROWSER, 5)).toBe("expired");
      expect(await finish(user.id, other.id, BROWSER, 5)).toBe("expired");
      expect(await finish(user.id, user.id, BROWSER, 301)).toBe("expired");
      expect(await finish(user.id, user.id, BROWSER, 299)).toBe("added");
    });
  });

  describe(`signing in with a passkey alone (${label})`, () => {
    it("names no credential, and signs in the passkey's account once per challenge", async () => {
      const { user, authenticator, passkeyId } = await userWithPasskey();
      const options = await signInChallenge();
      expect(options.allowCredentials).toEqual([]);
      expect(options.userVerification).toBe("required");
      expect(options.rpId).toBe("localhost");

      const assertion = authenticator.assert(options);
      expect(await signIn(assertion)).toEqual({ ok: true, userId: user.id });
      const row = await db.passkey.findUniqueOrThrow({ where: { id: passkeyId } });
      expect(row.counter).toBe(1n);
      expect(row.lastUsedAt).toEqual(at(11));

      // Replayed: refused, whether or not the counter would allow it.
      expect(await signIn(assertion, 12)).toEqual({ ok: false, reason: "expired" });
    });

    it("refuses an answer from another browser, for another site, after 5 minutes, or by an unknown passkey", async () => {
      const { authenticator } = await userWithPasskey();
      expect(await signIn(authenticator.assert(await signInChallenge(0, BROWSER)), 1, OTHER_BROWSER)).toEqual({ ok: false, reason: "expired" });
      expect(await signIn(authenticator.assert(await signInChallenge(0)), 301)).toEqual({ ok: false, reason: "expired" });
      expect(await signIn(authenticator.assert(await signInChallenge(0), { origin: "https://evil.example" }), 1)).toEqual({ ok: false, reason: "invalid" });

      const stranger = new SoftwareAuthenticator({ origin: ORIGIN, rpId: "localhost" });
      stranger.register({ challenge: "x", user: { id: "someone" } });
      expect(await signIn(stranger.assert(await signInChallenge(0)), 1)).toEqual({ ok: false, reason: "unknown-passkey" });
      expect(await db.auditEvent.count({ where: { type: "sign_in.failed", details: { contains: '"method":"passkey"' } } })).toBeGreaterThanOrEqual(4);
    });

    it("refuses a passkey whose answer names another account, and a deactivated account", async () => {
      const { user, authenticator } = await userWithPasskey();
      const forged = authenticator.assert(await signInChallenge(0));
      forged.response.userHandle = Buffer.from("someone-else").toString("base64url");
      expect(await signIn(forged, 1)).toEqual({ ok: false, reason: "unknown-passkey" });

      await db.user.update({ where: { id: user.id }, data: { isActive: false } });
      expect(await signIn(authenticator.assert(await signInChallenge(0)), 1)).toEqual({ ok: false, reason: "inactive" });
      expect(await db.auditEvent.count({ where: { subjectId: user.id, type: "sign_in.failed", details: { contains: '"reason":"inactive"' } } })).toBe(1);
    });

    it("refuses a device-bound passkey whose counter went back, and audits it as a warning sign", async () => {
      const { user, authenticator, passkeyId } = await userWithPasskey();
      expect((await signIn(authenticator.assert(await signInChallenge(0), { counter: 7 }), 1)).ok).toBe(true);
      // A copy of the key that has signed less often than the original.
      expect(await signIn(authenticator.assert(await signInChallenge(0), { counter: 3 }), 1)).toEqual({ ok: false, reason: "counter-regression" });
      expect(await signIn(authenticator.assert(await signInChallenge(0), { counter: 7 }), 1)).toEqual({ ok: false, reason: "counter-regression" });
      const warnings = await db.auditEvent.findMany({ where: { subjectId: user.id, type: "passkey.counter_regression" } });
      expect(warnings).toHaveLength(2);
      expect(JSON.parse(warnings[0]!.details!)).toMatchObject({ passkeyId, storedCounter: 7, reportedCounter: 3 });
      expect((await db.passkey.findUniqueOrThrow({ where: { id: passkeyId } })).counter).toBe(7n);
      expect((await signIn(authenticator.assert(await signInChallenge(0), { counter: 8 }), 1)).ok).toBe(true);
    });

    it("accepts a synced passkey's zero or non-increasing counter", async () => {
      const { user, authenticator, passkeyId } = await userWithPasskey({ synced: true });
      expect(await db.passkey.findUniqueOrThrow({ where: { id: passkeyId } })).toMatchObject({ deviceType: "multiDevice", backedUp: true });
      for (const count of [0, 0, 5, 2, 0]) {
        expect(await signIn(authenticator.assert(await signInChallenge(0), { counter: count }), 1)).toEqual({ ok: true, userId: user.id });
      }
      expect((await db.passkey.findUniqueOrThrow({ where: { id: passkeyId } })).counter).toBe(5n);
      expect(await db.auditEvent.count({ where: { subjectId: user.id, type: "passkey.counter_regression" } })).toBe(0);
    });
  });

  describe(`a passkey as the second step, and as a fresh proof (${label})`, () => {
    const limits = () => ({ limiter: mod.createMemoryLimiter(), multiplier: 1000 });

    it("lists the account's passkeys and completes its pending sign-in once; another account's passkey is refused", async () => {
      const { user, authenticator, attestation } = await userWithPasskey();
      const { authenticator: foreign } = await userWithPasskey();
      const { token } = await mod.createPendingSignIn({ userId: user.id, method: "credentials", remember: true, now: at(0) });
      const challenge = async () => {
        const started = await mod.startAuthentication({ purpose: "second-step", userId: user.id, browser: BROWSER, now: at(0) });
        if (started.status !== "ready") throw new Error(started.status);
        return started.options;
      };
      const options = await challenge();
      expect(options.allowCredentials).toEqual([{ id: attestation.id, type: "public-key", transports: ["internal"] }]);
      const complete = (assertion: ReturnType<SoftwareAuthenticator["assert"]>) =>
        mod.completeSecondStepWithPasskey({ token, assertion, browser: BROWSER, context, now: at(1), rateLimits: limits() });

      expect(await complete(foreign.assert(await challenge()))).toEqual({ ok: false, reason: "wrong-code" });
      // A challenge issued for a passkey sign-in is not one for this step.
      expect(await complete(authenticator.assert(await signInChallenge(0)))).toEqual({ ok: false, reason: "wrong-code" });
      expect(await complete(authenticator.assert(options))).toEqual({ ok: true, userId: user.id, method: "credentials", remember: true, recoveryCodesLeft: null });
      expect(await complete(authenticator.assert(await challenge()))).toEqual({ ok: false, reason: "expired" });
      expect(await db.auditEvent.count({ where: { subjectId: user.id, type: "sign_in.second_factor_failed" } })).toBe(2);
    });

    it("confirms the session's identity (step-up) with the account's own passkey only", async () => {
      const { user, authenticator } = await userWithPasskey();
      const { authenticator: foreign } = await userWithPasskey();
      const session = await db.session.create({ data: { sessionToken: `t-${user.id}`, userId: user.id, expires: at(3600), idleSeconds: 3600, authenticatedAt: at(-3600) } });
      const confirm = async (assertionFrom: SoftwareAuthenticator) => {
        const started = await mod.startAuthentication({ purpose: "confirm", userId: user.id, browser: BROWSER, now: at(0) });
        if (started.status !== "ready") throw new Error(started.status);
        return mod.confirmIdentity({ userId: user.id, sessionId: session.id, proof: { passkey: assertionFrom.assert(started.options), browser: BROWSER }, context, now: at(1), rateLimits: limits() });
      };
      expect(await confirm(foreign)).toEqual({ status: "wrong" });
      expect(await confirm(authenticator)).toEqual({ status: "confirmed" });
      expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).authenticatedAt).toEqual(at(1));
    });
  });

  describe(`whether an account has a second factor (${label})`, () => {
    const agrees = async (userId: string, expected: boolean) => {
      expect(await mod.hasSecondFactor(userId)).toBe(expected);
      const [row] = await db.$queryRaw<{ has: boolean | number | bigint }[]>`SELECT ${mod.hasSecondFactorSql(Prisma.sql`${userId}`)} AS "has"`;
      expect(Boolean(row?.has)).toBe(expected);
    };

    it("is not turned on by adding a passkey, only by choosing passkeys for two-step verification; the last passkey's removal turns it off", async () => {
      const { user, authenticator, passkeyId } = await userWithPasskey();
      await agrees(user.id, false);
      const on = await mod.turnOnPasskeyTwoStep({ userId: user.id, context });
      if (on.status !== "on") throw new Error(on.status);
      expect(on.recoveryCodes).toHaveLength(10);
      await agrees(user.id, true);
      expect(await mod.secondFactorStatus(user.id)).toEqual({ on: true, totp: false, passkeys: 1, passkeyTwoStep: true, recoveryCodesLeft: 10 });

      // Still a complete sign-in on its own.
      expect((await signIn(authenticator.assert(await signInChallenge(0)), 1)).ok).toBe(true);

      expect(await mod.removePasskey({ userId: user.id, passkeyId, context })).toEqual({ removed: true, name: "Laptop", twoStepEnded: true });
      await agrees(user.id, false);
      expect(await mod.secondFactorStatus(user.id)).toEqual({ on: false, totp: false, passkeys: 0, passkeyTwoStep: false, recoveryCodesLeft: 0 });
      expect(await signIn(authenticator.assert(await signInChallenge(0)), 1)).toEqual({ ok: false, reason: "unknown-passkey" });
    });

    it("an admin's reset removes the passkeys and two-step with them", async () => {
      const { user } = await userWithPasskey();
      await mod.turnOnPasskeyTwoStep({ userId: user.id, context });
      expect(await mod.removeSecondFactor({ userId: user.id, actor: { id: "admin", reason: "admin" }, context })).toEqual({ removed: true });
      await agrees(user.id, false);
      expect(await db.passkey.count({ where: { userId: user.id } })).toBe(0);
      expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    });
  });
}
