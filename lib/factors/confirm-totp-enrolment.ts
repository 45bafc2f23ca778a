import "server-only";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import { acceptedTotpStep } from "./totp";
import { openSecret } from "./secret-box";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { tellOwnerAboutSecondFactor } from "./tell-owner";

export type ConfirmTotpEnrolmentOptions = {
  userId: string;
  code: string;
  context: RequestContext;
  now?: Date;
  rateLimits?: CheckRateLimitsOptions;
};

export type ConfirmTotpEnrolmentResult =
  | { status: "enrolled"; recoveryCodes: string[] }
  | { status: "wrong-code" | "not-started" }
  | { status: "rate-limited"; retryAfterSeconds: number };

/** A code from the app proves it holds the secret: the factor is on, and ten recovery codes are made. */
export async function confirmTotpEnrolment({ userId, code, context, now = clockNow(), rateLimits }: ConfirmTotpEnrolmentOptions): Promise<ConfirmTotpEnrolmentResult> {
  const limited = await checkRateLimits([{ policy: "secondFactorPerAccount", key: userId }], rateLimits);
  if (!limited.ok) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
  const factor = await db.totpFactor.findUnique({ where: { userId } });
  if (!factor || factor.confirmedAt) return { status: "not-started" };
  const step = acceptedTotpStep(openSecret(factor.secret), code, now, null);
  if (step === null) return { status: "wrong-code" };
  const recoveryCodes = await db.$transaction(async (tx) => {
    const { count } = await tx.totpFactor.updateMany({ where: { id: factor.id, confirmedAt: null }, data: { confirmedAt: now, lastUsedStep: step } });
    if (count === 0) return null;
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { type: AUDIT_EVENTS.factorEnrolled, actorId: userId, subjectId: userId, ...context, details: { factor: "totp" } });
    return codes;
  });
  if (!recoveryCodes) return { status: "not-started" };
  await tellOwnerAboutSecondFactor(userId, "enrolled");
  return { status: "enrolled", recoveryCodes };
}
