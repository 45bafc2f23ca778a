import { db } from "@/lib/db/client";
import { AUDIT_EVENTS, auditEventData } from "@/lib/audit/events";
import type { RequestContext } from "@/lib/http/request-context";

export type RevokeSessionsOptions = {
  /** Whose sessions. */
  userId: string;
  /** Who asked: the user themselves, or an admin. */
  actorId: string;
  /** One session (end this one), or every session but `keepSessionId` (end all others). */
  scope: { sessionId: string } | { keepSessionId: string };
  context: RequestContext;
};

/** Ends sessions of one user; returns how many were still live. Only that user's rows are touched. */
export async function revokeSessions({ userId, actorId, scope, context }: RevokeSessionsOptions): Promise<number> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const where =
      "sessionId" in scope
        ? { id: scope.sessionId, userId, revokedAt: null }
        : { userId, revokedAt: null, id: { not: scope.keepSessionId } };
    const { count } = await tx.session.updateMany({ where, data: { revokedAt: now } });
    if (count > 0) {
      await tx.auditEvent.create({
        data: auditEventData({
          type: AUDIT_EVENTS.sessionEnded,
          actorId,
          subjectId: userId,
          ...context,
          details: "sessionId" in scope ? { sessionId: scope.sessionId } : { scope: "others", count },
        }),
      });
    }
    return count;
  });
}
