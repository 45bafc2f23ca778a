import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { tellOwnerAboutSecondFactor } from "./tell-owner";

export type TurnPasskeyTwoStepOptions = { userId: string; context: RequestContext };

export type TurnOnPasskeyTwoStepResult = { status: "on"; recoveryCodes: string[] } | { status: "no-passkey" | "already-on" };

/**
 * Two-step verification with the passkeys the account has, for someone without an authenticator
 * app: a password or provider sign-in then asks for a passkey. Ten recovery codes are made (shown
 * once), so losing every passkey does not lock the owner out.
 */
export async function turnOnPasskeyTwoStep({ userId, context }: TurnPasskeyTwoStepOptions): Promise<TurnOnPasskeyTwoStepResult> {
  const result = await db.$transaction(async (tx) => {
    if ((await tx.passkey.count({ where: { userId } })) === 0) return { status: "no-passkey" as const };
    const totp = await tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } });
    if (totp > 0 || (await tx.passkeySecondFactor.count({ where: { userId } })) > 0) return { status: "already-on" as const };
    await tx.passkeySecondFactor.create({ data: { userId } });
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { type: AUDIT_EVENTS.factorEnrolled, actorId: userId, subjectId: userId, ...context, details: { factor: "passkey" } });
    return { status: "on" as const, recoveryCodes };
  });
  if (result.status === "on") await tellOwnerAboutSecondFactor(userId, "passkey-two-step-on");
  return result;
}

/**
 * Ends two-step verification with passkeys (the caller asked for a fresh proof first). The
 * passkeys stay and still sign in alone; without an authenticator app the recovery codes go.
 */
export async function turnOffPasskeyTwoStep({ userId, context }: TurnPasskeyTwoStepOptions): Promise<{ turnedOff: boolean }> {
  const turnedOff = await db.$transaction(async (tx) => {
    const { count } = await tx.passkeySecondFactor.deleteMany({ where: { userId } });
    if (count === 0) return false;
    if ((await tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } })) === 0) {
      await tx.recoveryCode.deleteMany({ where: { userId } });
      await tx.pendingSignIn.deleteMany({ where: { userId } });
    }
    await recordAudit(tx, { type: AUDIT_EVENTS.factorRemoved, actorId: userId, subjectId: userId, ...context, details: { factor: "passkey" } });
    return true;
  });
  if (turnedOff) await tellOwnerAboutSecondFactor(userId, "passkey-two-step-off");
  return { turnedOff };
}
