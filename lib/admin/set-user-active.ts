import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { endSignIns, type EndSignInsResult } from "@/lib/sessions/end-sign-ins";
import { guardedChange, type AdminChangeOptions, type AdminChangeResult } from "./guarded-change";

export type SetUserActiveOptions = AdminChangeOptions & { active: boolean };

/**
 * Deactivating also revokes every session and every open emailed link, and bumps the session
 * version, in the same transaction; the result says what ended, for the admin's message.
 */
export async function setUserActive({ active, ...options }: SetUserActiveOptions): Promise<AdminChangeResult & { ended?: EndSignInsResult }> {
  // Held outside the closure: a retried transaction overwrites what a rolled-back attempt counted.
  const outcome: { ended?: EndSignInsResult } = {};
  const result = await guardedChange({ kind: active ? "activate" : "deactivate" }, options, async (tx, target) => {
    outcome.ended = undefined;
    if (target.isActive === active) return;
    await tx.user.update({ where: { id: target.id }, data: { isActive: active } });
    if (!active) {
      outcome.ended = await endSignIns(tx, {
        userId: target.id,
        actorId: options.actorId,
        reason: "deactivated",
        keepSessionId: null,
        bumpSessionVersion: true,
        cancelEmailLinks: true,
        at: now(),
        context: options.context,
      });
    }
    await recordAudit(tx, {
      type: active ? AUDIT_EVENTS.userActivated : AUDIT_EVENTS.userDeactivated,
      actorId: options.actorId,
      subjectId: target.id,
      ...options.context,
    });
  });
  return result.ok ? { ...result, ...outcome } : result;
}
