import type { Tx } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { lifetimeOf, type EmailTokenPurpose } from "./purposes";
import { createToken, hashToken } from "./token";

export type IssueEmailTokenOptions = {
  userId: string;
  purpose: EmailTokenPurpose;
  /** Where the link goes: the account's address, or the new address for change_email. */
  email: string;
  now: Date;
  context: RequestContext;
};

/**
 * A new link for one purpose; every earlier unused link of the user for that purpose stops
 * working. Runs inside the caller's transaction. Returns the token to put in the email.
 */
export async function issueEmailToken(tx: Tx, { userId, purpose, email, now, context }: IssueEmailTokenOptions): Promise<string> {
  // Takes the user's row lock first, so two requests at once cannot each miss the other's link.
  await tx.user.update({ where: { id: userId }, data: { updatedAt: now }, select: { id: true } });
  await tx.emailToken.updateMany({
    where: { userId, purpose, usedAt: null, supersededAt: null },
    data: { supersededAt: now },
  });
  const token = createToken();
  await tx.emailToken.create({
    // Both times from the same clock, so a link lives exactly its lifetime (and the test clock moves both).
    data: { tokenHash: hashToken(token), userId, purpose, email, createdAt: now, expiresAt: new Date(now.getTime() + lifetimeOf(purpose)) },
    select: { id: true },
  });
  await recordAudit(tx, { type: AUDIT_EVENTS.emailTokenIssued, actorId: null, subjectId: userId, ...context, details: { purpose } });
  return token;
}
