import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { tellOwnerAboutSecondFactor } from "./tell-owner";

export type RemoveSecondFactorOptions = {
  userId: string;
  /** The owner removing their own, or an admin resetting someone's. */
  actor: { id: string; reason: "owner" | "admin" };
  context: RequestContext;
};

/** Removes the authenticator app and every recovery code, and ends any sign-in waiting for them. */
export async function removeSecondFactor({ userId, actor, context }: RemoveSecondFactorOptions): Promise<{ removed: boolean }> {
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.totpFactor.deleteMany({ where: { userId } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.pendingSignIn.deleteMany({ where: { userId } });
    if (count === 0 && codes.count === 0) return false;
    await recordAudit(tx, {
      type: actor.reason === "admin" ? AUDIT_EVENTS.factorReset : AUDIT_EVENTS.factorRemoved,
      actorId: actor.id,
      subjectId: userId,
      ...context,
      details: { factor: "totp" },
    });
    return true;
  });
  if (removed) await tellOwnerAboutSecondFactor(userId, actor.reason === "admin" ? "reset-by-admin" : "removed");
  return { removed };
}
