import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import { pendingTokenHash } from "@/lib/factors/create-pending-sign-in";
import { PENDING_SIGN_IN_MAX_FAILURES, type CompleteSecondFactorResult } from "@/lib/factors/complete-second-factor";
import type { Assertion } from "@/lib/validation/passkeys";
import { verifyAssertion } from "./verify-assertion";

export type CompleteSecondStepWithPasskeyOptions = {
  /** The pending sign-in's token (its cookie). */
  token: string | null;
  assertion: Assertion;
  browser: string | null;
  context: RequestContext;
  now: Date;
  rateLimits?: CheckRateLimitsOptions;
};

/**
 * The second step of a sign-in answered with one of the account's passkeys (the challenge named
 * them in allowCredentials). Like a code: the pending sign-in is used up exactly once, failures are
 * counted against it and limited per account. A failed signature is not a guess, so it does not
 * count toward the lockout.
 */
export async function completeSecondStepWithPasskey({ token, assertion, browser, context, now, rateLimits }: CompleteSecondStepWithPasskeyOptions): Promise<CompleteSecondFactorResult> {
  if (!token) return { ok: false, reason: "expired" };
  const pending = await db.pendingSignIn.findUnique({ where: { tokenHash: pendingTokenHash(token) } });
  if (!pending || pending.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  const { userId } = pending;

  const limited = await checkRateLimits([{ policy: "secondFactorPerAccount", key: userId }], rateLimits);
  if (!limited.ok) return { ok: false, reason: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const verified = await verifyAssertion({ assertion, purpose: "second-step", userId, browser, context, now });
  if (verified.ok) {
    const { count } = await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
    if (count === 0) return { ok: false, reason: "expired" };
    return { ok: true, userId, method: pending.method, remember: pending.remember, recoveryCodesLeft: null };
  }

  await recordAudit(db, {
    type: AUDIT_EVENTS.secondFactorFailed,
    subjectId: userId,
    ...context,
    details: { method: pending.method, code: "passkey", reason: verified.reason },
  });
  const after = await db.pendingSignIn.update({ where: { id: pending.id }, data: { failures: { increment: 1 } } }).catch(() => null);
  if (!after || after.failures >= PENDING_SIGN_IN_MAX_FAILURES) {
    await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
    return { ok: false, reason: "expired" };
  }
  return { ok: false, reason: "wrong-code" };
}
