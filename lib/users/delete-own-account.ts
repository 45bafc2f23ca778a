import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { guardedChange } from "@/lib/admin/guarded-change";
import type { GuardRailRefusal } from "@/lib/admin/guard-rails";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { RequestContext } from "@/lib/http/request-context";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { recipientName } from "@/lib/mail/recipient-name";
import { accountDeletedMessage } from "@/lib/mail/templates";
import { endSignIns } from "@/lib/sessions/end-sign-ins";

export type DeleteOwnAccountOptions = {
  userId: string;
  /** What the person typed to confirm: must be the account's email. */
  confirmEmail: string;
  context: RequestContext;
};

export type DeleteOwnAccountResult =
  | { status: "deleted"; email: string; endedSessions: number; endedTokenFamilies: number }
  | { status: "confirmation" }
  | { status: "refused"; reason: GuardRailRefusal | "not-found" | "conflict" };

/**
 * A person deletes their own account. Under the admins' guard rails (the last active admin
 * cannot leave), everything it is signed in with ends first through endSignIns, then the row
 * goes (roles, factors, keys and linked accounts with it; posts stay, authorless). The audit
 * event keeps the email, since audit ids are plain and will point nowhere. A goodbye goes to
 * the address afterwards.
 */
export async function deleteOwnAccount({ userId, confirmEmail, context }: DeleteOwnAccountOptions): Promise<DeleteOwnAccountResult> {
  let deleted: Extract<DeleteOwnAccountResult, { status: "deleted" }> | null = null;
  const profile = await db.user.findUnique({ where: { id: userId }, select: { name: true, emailVerified: true } });
  const result = await guardedChange({ kind: "delete-own-account" }, { actorId: userId, targetId: userId, context }, async (tx, target) => {
    deleted = null;
    if (confirmEmail.trim().toLowerCase() !== target.email) return;
    const ended = await endSignIns(tx, {
      userId,
      actorId: userId,
      reason: "account_deleted",
      keepSessionId: null,
      bumpSessionVersion: true,
      cancelEmailLinks: true,
      at: now(),
      context,
    });
    await recordAudit(tx, {
      type: AUDIT_EVENTS.userDeleted,
      actorId: userId,
      subjectId: userId,
      ...context,
      details: { email: target.email, by: "self", endedSessions: ended.sessions, endedTokenFamilies: ended.tokenFamilies },
    });
    await tx.user.delete({ where: { id: userId } });
    deleted = { status: "deleted", email: target.email, endedSessions: ended.sessions, endedTokenFamilies: ended.tokenFamilies };
  });
  if (!result.ok) return { status: "refused", reason: result.reason };
  // A closure assigned it: TypeScript cannot follow that, so the type is restated.
  const done = deleted as DeleteOwnAccountResult | null;
  if (done?.status !== "deleted") return { status: "confirmation" };
  deliverMail(accountDeletedMessage({ to: done.email, name: profile ? recipientName(profile) : null }));
  return done;
}
