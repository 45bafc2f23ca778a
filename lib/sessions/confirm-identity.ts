import "server-only";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import { verifyPassword } from "@/lib/password/hash";
import { spendTotpCode } from "@/lib/factors/spend-totp-code";
import { verifyAssertion } from "@/lib/passkeys/verify-assertion";
import type { Assertion } from "@/lib/validation/passkeys";

/** A proof of identity: the password, a code from the authenticator app, or a passkey's answer (with the browser's challenge cookie). */
export type IdentityProof = { password: string } | { code: string } | { passkey: Assertion; browser: string | null };

export type ConfirmIdentityOptions = {
  userId: string;
  sessionId: string;
  proof: IdentityProof;
  context: RequestContext;
  now?: Date;
  rateLimits?: CheckRateLimitsOptions;
};

export type ConfirmIdentityResult = { status: "confirmed" | "wrong" } | { status: "rate-limited"; retryAfterSeconds: number };

/** Step-up: the password, a code from the authenticator app or a passkey renews this session's proof of identity. */
export async function confirmIdentity({ userId, sessionId, proof, context, now = clockNow(), rateLimits }: ConfirmIdentityOptions): Promise<ConfirmIdentityResult> {
  const limited = await checkRateLimits([{ policy: "passwordConfirmPerAccount", key: userId }], rateLimits);
  if (!limited.ok) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
  let ok = false;
  if ("password" in proof) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    ok = Boolean(user?.passwordHash) && (await verifyPassword(proof.password, user!.passwordHash!));
  } else if ("code" in proof) {
    ok = await spendTotpCode(userId, proof.code, now);
  } else {
    ok = (await verifyAssertion({ assertion: proof.passkey, purpose: "confirm", userId, browser: proof.browser, context, now })).ok;
  }
  if (!ok) return { status: "wrong" };
  await db.$transaction(async (tx) => {
    await tx.session.updateMany({ where: { id: sessionId, userId }, data: { authenticatedAt: now } });
    await recordAudit(tx, { type: AUDIT_EVENTS.identityConfirmed, actorId: userId, subjectId: userId, ...context, details: { proof: "password" in proof ? "password" : "code" in proof ? "totp" : "passkey" } });
  });
  return { status: "confirmed" };
}
