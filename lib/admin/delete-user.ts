import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { endSignIns, type EndSignInsResult } from "@/lib/sessions/end-sign-ins";
import { guardedChange, type AdminChangeOptions, type AdminChangeResult } from "./guarded-change";

export type DeleteUserOptions = AdminChangeOptions & { confirmEmail: string };

/** `eventId`: the `user.deleted` audit event, which the admin's next page reads the outcome from. */
export type DeleteUserResult = { ok: true; email: string; ended: EndSignInsResult; eventId: string } | Exclude<AdminChangeResult, { ok: true }> | { ok: false; reason: "confirmation" };

/**
 * Deletes an account (roles and linked accounts go with it; posts stay, authorless). The admin
 * must have typed the account's email. Everything it is signed in with ends first through
 * endSignIns, so token families and emailed links are revoked and audited, not just dropped with
 * the row. The audit event keeps the email, since the subject id will point nowhere.
 */
export async function deleteUser({ confirmEmail, ...options }: DeleteUserOptions): Promise<DeleteUserResult> {
  // Held outside the closure: a retried transaction overwrites what a rolled-back attempt saw.
  const outcome: { mismatch: boolean; email: string; ended: EndSignInsResult | null; eventId: string } = { mismatch: false, email: "", ended: null, eventId: "" };
  const result = await guardedChange({ kind: "delete" }, options, async (tx, target) => {
    outcome.mismatch = confirmEmail.trim().toLowerCase() !== target.email;
    outcome.ended = null;
    if (outcome.mismatch) return;
    outcome.email = target.email;
    outcome.ended = await endSignIns(tx, {
      userId: target.id,
      actorId: options.actorId,
      reason: "account_deleted",
      keepSessionId: null,
      bumpSessionVersion: true,
      cancelEmailLinks: true,
      at: now(),
      context: options.context,
    });
    outcome.eventId = await recordAudit(tx, {
      type: AUDIT_EVENTS.userDeleted,
      actorId: options.actorId,
      subjectId: target.id,
      ...options.context,
      details: { email: target.email, by: "admin", endedSessions: outcome.ended.sessions, endedTokenFamilies: outcome.ended.tokenFamilies },
    });
    await tx.user.delete({ where: { id: target.id } });
  });
  if (!result.ok) return result;
  if (outcome.mismatch || !outcome.ended) return { ok: false, reason: "confirmation" };
  return { ok: true, email: outcome.email, ended: outcome.ended, eventId: outcome.eventId };
}
