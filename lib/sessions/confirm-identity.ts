import "server-only";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import { verifyPassword } from "@/lib/password/hash";
import { spendTotpCode } from "@/lib/factors/spend-totp-code";

export type ConfirmIdentityOptions = {
  userId: string;
  sessionId: string;
  proof: { password: string } | { code: string };
  context: RequestContext;
  now?: Date;
  rateLimits?: CheckRateLimitsOptions;
};

export type ConfirmIdentityResult = { status: "confirmed" | "wrong" } | { status: "rate-limited"; retryAfterSeconds: number };

/** Step-up: the password or a code from the authenticator app renews this session's proof of identity. */
export async function confirmIdentity({ userId, sessionId, proof, context, now = clockNow(), rateLimits }: ConfirmIdentityOptions): Promise<ConfirmIdentityResult> {
  const limited = await checkRateLimits([{ policy: "passwordConfirmPerAccount", key: userId }], rateLimits);
  if (!limited.ok) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
  let ok = false;
  if ("password" in proof) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    ok = Boolean(user?.passwordHash) && (await verifyPassword(proof.password, user!.passwordHash!));
  } else {
    ok = await spendTotpCode(userId, proof.code, now);
  }
  if (!ok) return { status: "wrong" };
  await db.$transaction(async (tx) => {
    await tx.session.updateMany({ where: { id: sessionId, userId }, data: { authenticatedAt: now } });
    await recordAudit(tx, { type: AUDIT_EVENTS.identityConfirmed, actorId: userId, subjectId: userId, ...context, details: { proof: "password" in proof ? "password" : "totp" } });
  });
  return { status: "confirmed" };
}
