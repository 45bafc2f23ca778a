import type { Tx } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";

export type RevokeEmailTokensOptions = {
  userId: string;
  actorId: string | null;
  /** Why, for the audit log: "password_reset", "password_changed", "signed_out_everywhere", "deactivated", "email_changed". */
  reason: string;
  at: Date;
  context: RequestContext;
};

/**
 * Every open emailed link of the user stops working, inside the caller's transaction. Called
 * wherever the account is taken back (reset, password change, sign out everywhere,
 * deactivation, a new address): a pending email change or reset someone else started must not
 * outlive the owner's response to it.
 */
export async function revokeEmailTokens(tx: Tx, { userId, actorId, reason, at, context }: RevokeEmailTokensOptions): Promise<number> {
  const { count } = await tx.emailToken.updateMany({
    where: { userId, usedAt: null, supersededAt: null, expiresAt: { gt: at } },
    data: { supersededAt: at },
  });
  if (count > 0) {
    await recordAudit(tx, { type: AUDIT_EVENTS.emailTokensRevoked, actorId, subjectId: userId, ...context, details: { reason, count } });
  }
  return count;
}
