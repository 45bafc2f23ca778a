import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { guardedChange, type AdminChangeOptions, type AdminChangeResult } from "./guarded-change";

export type DeleteUserOptions = AdminChangeOptions & { confirmEmail: string };

/**
 * Deletes an account (sessions, roles and linked accounts go with it; posts stay, authorless).
 * The admin must have typed the account's email. The audit event keeps the email, since the
 * subject id will point nowhere.
 */
export async function deleteUser({ confirmEmail, ...options }: DeleteUserOptions): Promise<AdminChangeResult | { ok: false; reason: "confirmation" }> {
  let mismatch = false;
  const result = await guardedChange({ kind: "delete" }, options, async (tx, target) => {
    if (confirmEmail.trim().toLowerCase() !== target.email) {
      mismatch = true;
      return;
    }
    await tx.user.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      type: AUDIT_EVENTS.userDeleted,
      actorId: options.actorId,
      subjectId: target.id,
      ...options.context,
      details: { email: target.email },
    });
  });
  return mismatch ? { ok: false, reason: "confirmation" } : result;
}
