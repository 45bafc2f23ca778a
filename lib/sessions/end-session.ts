import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";

export type EndSessionOptions = { sessionId: string; userId: string; context: RequestContext };

/** Sign-out: the registry row is revoked, so the token is dead even if a copy survives. */
export async function endSession({ sessionId, userId, context }: EndSessionOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAudit(tx, {
        type: AUDIT_EVENTS.signedOut,
        actorId: userId,
        subjectId: userId,
        ...context,
        details: { sessionId },
      });
    }
  });
}
