import { db } from "@/lib/db/client";
import { AUDIT_EVENTS, auditEventData } from "@/lib/audit/events";
import { revokeEmailTokens } from "@/lib/email-tokens/revoke-email-tokens";
import type { RequestContext } from "@/lib/http/request-context";

export type SignOutEverywhereOptions = { userId: string; actorId: string; context: RequestContext };

/**
 * Every session of the user ends at once: the session version moves on (so even a token whose
 * row was missed is stale) and every registry row is revoked, in one transaction. Open emailed
 * links (a pending email change, a reset) end with them.
 */
export async function signOutEverywhere({ userId, actorId, context }: SignOutEverywhereOptions): Promise<number> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await revokeEmailTokens(tx, { userId, actorId, reason: "signed_out_everywhere", at: now, context });
    await tx.auditEvent.create({
      data: auditEventData({ type: AUDIT_EVENTS.signedOutEverywhere, actorId, subjectId: userId, ...context, details: { count } }),
    });
    return count;
  });
}
