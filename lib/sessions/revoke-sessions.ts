import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { endSignIns } from "./end-sign-ins";

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
  const at = new Date();
  return db.$transaction(async (tx) => {
    const count =
      "sessionId" in scope
        ? (await tx.session.updateMany({ where: { id: scope.sessionId, userId, revokedAt: null }, data: { revokedAt: at } })).count
        : (
            await endSignIns(tx, {
              userId,
              actorId,
              reason: "sessions_revoked",
              keepSessionId: scope.keepSessionId,
              bumpSessionVersion: false,
              cancelEmailLinks: false,
              at,
              context,
            })
          ).sessions;
    if (count > 0) {
      await recordAudit(tx, {
        type: AUDIT_EVENTS.sessionEnded,
        actorId,
        subjectId: userId,
        ...context,
        details: "sessionId" in scope ? { sessionId: scope.sessionId } : { scope: "others", count },
      });
    }
    return count;
  });
}
