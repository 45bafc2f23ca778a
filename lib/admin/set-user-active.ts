import { AUDIT_EVENTS, auditEventData } from "@/lib/audit/events";
import { revokeEmailTokens } from "@/lib/email-tokens/revoke-email-tokens";
import { guardedChange, type AdminChangeOptions, type AdminChangeResult } from "./guarded-change";

export type SetUserActiveOptions = AdminChangeOptions & { active: boolean };

/**
 * Deactivating also revokes every session and every open emailed link, and bumps the session
 * version, in the same transaction.
 */
export async function setUserActive({ active, ...options }: SetUserActiveOptions): Promise<AdminChangeResult> {
  return guardedChange({ kind: active ? "activate" : "deactivate" }, options, async (tx, target) => {
    if (target.isActive === active) return;
    const now = new Date();
    await tx.user.update({
      where: { id: target.id },
      data: active ? { isActive: true } : { isActive: false, sessionVersion: { increment: 1 } },
    });
    if (!active) {
      await tx.session.updateMany({ where: { userId: target.id, revokedAt: null }, data: { revokedAt: now } });
      await revokeEmailTokens(tx, { userId: target.id, actorId: options.actorId, reason: "deactivated", at: now, context: options.context });
    }
    await tx.auditEvent.create({
      data: auditEventData({
        type: active ? AUDIT_EVENTS.userActivated : AUDIT_EVENTS.userDeactivated,
        actorId: options.actorId,
        subjectId: target.id,
        ...options.context,
      }),
    });
  });
}
