import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { hasSecondFactor } from "./second-factor-status";
import { tellOwnerAboutSecondFactor } from "./tell-owner";

export type RemoveSecondFactorOptions = {
  userId: string;
  /** The owner removing their own, or an admin resetting someone's. */
  actor: { id: string; reason: "owner" | "admin" };
  context: RequestContext;
};

/**
 * Removes the authenticator app, and with it the recovery codes and any sign-in waiting for a
 * second step, unless two-step verification stays on with passkeys. An admin's reset removes
 * every second factor: the app, the passkeys and two-step with them, the recovery codes.
 */
export async function removeSecondFactor({ userId, actor, context }: RemoveSecondFactorOptions): Promise<{ removed: boolean }> {
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.totpFactor.deleteMany({ where: { userId } });
    let passkeys = 0;
    if (actor.reason === "admin") {
      passkeys = (await tx.passkey.deleteMany({ where: { userId } })).count;
      await tx.passkeySecondFactor.deleteMany({ where: { userId } });
    }
    const stillOn = await hasSecondFactor(userId, tx);
    const codes = stillOn ? { count: 0 } : await tx.recoveryCode.deleteMany({ where: { userId } });
    if (!stillOn) await tx.pendingSignIn.deleteMany({ where: { userId } });
    if (count === 0 && codes.count === 0 && passkeys === 0) return false;
    await recordAudit(tx, {
      type: actor.reason === "admin" ? AUDIT_EVENTS.factorReset : AUDIT_EVENTS.factorRemoved,
      actorId: actor.id,
      subjectId: userId,
      ...context,
      details: actor.reason === "admin" ? { factor: "all", passkeys } : { factor: "totp" },
    });
    return true;
  });
  if (removed) await tellOwnerAboutSecondFactor(userId, actor.reason === "admin" ? "reset-by-admin" : "removed");
  return { removed };
}
