import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { tellOwnerAboutSecondFactor } from "@/lib/factors/tell-owner";
import { tellOwnerAboutPasskey } from "./tell-owner";

export type RemovePasskeyOptions = { userId: string; passkeyId: string; context: RequestContext };

export type RemovePasskeyResult = { removed: false } | { removed: true; name: string; twoStepEnded: boolean };

/**
 * Removes one of the owner's passkeys (the caller asked for a fresh proof first). When it was the
 * last one and passkeys were the account's only second factor, two-step verification ends with it:
 * its recovery codes and any sign-in waiting for a passkey go too.
 */
export async function removePasskey({ userId, passkeyId, context }: RemovePasskeyOptions): Promise<RemovePasskeyResult> {
  const result = await db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, userId }, select: { id: true, name: true } });
    if (!passkey) return null;
    await tx.passkey.delete({ where: { id: passkey.id } });
    await recordAudit(tx, { type: AUDIT_EVENTS.passkeyRemoved, actorId: userId, subjectId: userId, ...context, details: { passkeyId: passkey.id } });
    let twoStepEnded = false;
    if ((await tx.passkey.count({ where: { userId } })) === 0) {
      const { count } = await tx.passkeySecondFactor.deleteMany({ where: { userId } });
      const totp = await tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } });
      if (count > 0 && totp === 0) {
        await tx.recoveryCode.deleteMany({ where: { userId } });
        await tx.pendingSignIn.deleteMany({ where: { userId } });
        await recordAudit(tx, { type: AUDIT_EVENTS.factorRemoved, actorId: userId, subjectId: userId, ...context, details: { factor: "passkey" } });
        twoStepEnded = true;
      }
    }
    return { name: passkey.name, twoStepEnded };
  });
  if (!result) return { removed: false };
  await tellOwnerAboutPasskey(userId, "removed", result.name);
  if (result.twoStepEnded) await tellOwnerAboutSecondFactor(userId, "passkey-two-step-off");
  return { removed: true, ...result };
}
