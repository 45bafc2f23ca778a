import "server-only";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import { recordSignInFailure } from "@/lib/lockout/record-sign-in-failure";
import { spendTotpCode } from "./spend-totp-code";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes";
import { pendingTokenHash } from "./create-pending-sign-in";
import { tellOwnerAboutSecondFactor } from "./tell-owner";

/** Wrong codes one pending sign-in may take before the person has to start again. */
export const PENDING_SIGN_IN_MAX_FAILURES = 5;

export type CompleteSecondFactorOptions = {
  token: string | null;
  code: string;
  context: RequestContext;
  /** Only a pending sign-in started this way (the token API's, the browser's) can complete here. */
  method?: string;
  now?: Date;
  lockoutThreshold?: number;
  rateLimits?: CheckRateLimitsOptions;
};

export type CompleteSecondFactorResult =
  | { ok: true; userId: string; method: string; remember: boolean; recoveryCodesLeft: number | null }
  | { ok: false; reason: "expired" | "wrong-code" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * The second step of a sign-in: a code from the authenticator app (±1 step, never the same step
 * twice) or an unused recovery code (alone enough: no other factor is asked for). On success the
 * pending sign-in is used up, exactly once even when two requests race. Wrong codes are limited
 * per account, count toward the account's lockout, and end the pending sign-in after five.
 */
export async function completeSecondFactor({
  token,
  code,
  context,
  now = clockNow(),
  lockoutThreshold,
  rateLimits,
  method,
}: CompleteSecondFactorOptions): Promise<CompleteSecondFactorResult> {
  if (!token) return { ok: false, reason: "expired" };
  const pending = await db.pendingSignIn.findUnique({ where: { tokenHash: pendingTokenHash(token) } });
  if (!pending || pending.expiresAt.getTime() <= now.getTime() || (method !== undefined && pending.method !== method)) return { ok: false, reason: "expired" };
  const { userId } = pending;

  const limited = await checkRateLimits([{ policy: "secondFactorPerAccount", key: userId }], rateLimits);
  if (!limited.ok) return { ok: false, reason: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const recovery = looksLikeRecoveryCode(code);
  const accepted = recovery ? await spendRecoveryCode(userId, code, now) : await spendTotpCode(userId, code, now);
  if (accepted) {
    // Single use: whoever deletes the row completes the sign-in.
    const { count } = await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
    if (count === 0) return { ok: false, reason: "expired" };
    let recoveryCodesLeft: number | null = null;
    if (recovery) {
      recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
      await recordAudit(db, { type: AUDIT_EVENTS.recoveryCodeUsed, actorId: userId, subjectId: userId, ...context, details: { left: recoveryCodesLeft } });
      await tellOwnerAboutSecondFactor(userId, "recovery-code-used");
    }
    return { ok: true, userId, method: pending.method, remember: pending.remember, recoveryCodesLeft };
  }

  await recordAudit(db, {
    type: AUDIT_EVENTS.secondFactorFailed,
    subjectId: userId,
    ...context,
    details: { method: pending.method, code: recovery ? "recovery" : "totp" },
  });
  await recordSignInFailure({ userId, context, now, threshold: lockoutThreshold });
  const after = await db.pendingSignIn.update({ where: { id: pending.id }, data: { failures: { increment: 1 } } }).catch(() => null);
  if (!after || after.failures >= PENDING_SIGN_IN_MAX_FAILURES) {
    await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
    return { ok: false, reason: "expired" };
  }
  return { ok: false, reason: "wrong-code" };
}

async function spendRecoveryCode(userId: string, code: string, now: Date): Promise<boolean> {
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}
