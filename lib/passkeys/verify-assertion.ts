import "server-only";
import { verifyAuthenticationResponse } from "@simplewebauthn/server";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import type { Assertion } from "@/lib/validation/passkeys";
import { consumeChallenge, type PasskeyPurpose } from "./challenges";
import { relyingParty } from "./relying-party";
import { isSyncedPasskey, judgeSignCount } from "./sign-count";
import { challengeOf, passkeyTransports, userHandleOf } from "./encoding";

export type VerifyAssertionOptions = {
  assertion: Assertion;
  purpose: Exclude<PasskeyPurpose, "register">;
  /** The account the answer must come from (second step, step-up); null for a passkey sign-in. */
  userId: string | null;
  /** The browser's challenge cookie. */
  browser: string | null;
  context: RequestContext;
  now: Date;
};

export type VerifyAssertionFailure = "unavailable" | "expired" | "unknown-passkey" | "invalid" | "counter-regression";

export type VerifyAssertionResult = { ok: true; userId: string; passkeyId: string } | { ok: false; reason: VerifyAssertionFailure; userId?: string };

/**
 * Checks a passkey's answer to a challenge this server issued: the challenge is used up first (so
 * an answer is never accepted twice, valid or not), then the passkey must be registered (to
 * `userId` when given), the signature, origin, RP ID and user verification must hold, and the
 * signature counter must pass the rule in sign-count.ts. On success its counter and last use move.
 */
export async function verifyAssertion({ assertion, purpose, userId, browser, context, now }: VerifyAssertionOptions): Promise<VerifyAssertionResult> {
  const rp = relyingParty();
  if (!rp) return { ok: false, reason: "unavailable" };
  const challenge = challengeOf(assertion.response.clientDataJSON);
  const passkey = await db.passkey.findUnique({ where: { credentialId: assertion.id } });
  if (!challenge || !(await consumeChallenge({ challenge, purpose, userId, browser, now }))) {
    // Replayed, expired, or from another browser: the log still says whose passkey it was.
    return { ok: false, reason: "expired", ...(passkey ? { userId: passkey.userId } : {}) };
  }
  if (!passkey || (userId !== null && passkey.userId !== userId)) return { ok: false, reason: "unknown-passkey" };
  // A discoverable passkey names its account too: it must be the one the passkey was registered to.
  const handle = userHandleOf(assertion.response.userHandle);
  if (handle !== null && handle !== passkey.userId) return { ok: false, reason: "unknown-passkey" };

  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response: assertion,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      // The counter rule is ours (sign-count.ts): the library's would refuse synced passkeys.
      credential: { id: passkey.credentialId, publicKey: Buffer.from(passkey.publicKey, "base64url"), counter: 0, transports: passkeyTransports(passkey.transports) },
      // Alone, or as proof for a dangerous action, a passkey must have verified its user (PIN,
      // biometrics); after a password, presence is enough, as for a security key.
      requireUserVerification: purpose !== "second-step",
    });
  } catch {
    return { ok: false, reason: "invalid", userId: passkey.userId };
  }
  if (!verification.verified) return { ok: false, reason: "invalid", userId: passkey.userId };

  const reported = verification.authenticationInfo.newCounter;
  const stored = Number(passkey.counter);
  const verdict = judgeSignCount({ counter: stored, deviceType: passkey.deviceType, backedUp: passkey.backedUp }, reported);
  // Device-bound and counting: only a higher count than the one stored moves it (two answers racing with the same count: one wins).
  const strict = !isSyncedPasskey(passkey) && reported > 0;
  const moved = verdict.ok
    ? await db.passkey.updateMany({
        where: { id: passkey.id, ...(strict ? { counter: { lt: BigInt(reported) } } : {}) },
        data: { counter: BigInt(verdict.counter), lastUsedAt: now, backedUp: verification.authenticationInfo.credentialBackedUp },
      })
    : { count: 0 };
  if (moved.count === 0) {
    await recordAudit(db, {
      type: AUDIT_EVENTS.passkeyCounterRegression,
      subjectId: passkey.userId,
      ...context,
      details: { passkeyId: passkey.id, storedCounter: stored, reportedCounter: reported, purpose },
    });
    return { ok: false, reason: "counter-regression", userId: passkey.userId };
  }
  return { ok: true, userId: passkey.userId, passkeyId: passkey.id };
}
