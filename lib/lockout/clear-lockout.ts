import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";

export type ClearLockoutActor = { id: string | null; reason: "admin" | "password_reset" };

/**
 * Unlocks an account and forgets its failures: an admin's decision, or a successful password
 * reset (the person proved they own the mailbox). Audited when a lock or failures were cleared.
 */
export async function clearLockout(
  userId: string,
  actor: ClearLockoutActor,
  context: RequestContext = { ip: null, userAgent: null },
): Promise<{ cleared: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, OR: [{ failedSignInCount: { gt: 0 } }, { lockedUntil: { not: null } }] },
      data: { failedSignInCount: 0, lastFailedSignInAt: null, lockedUntil: null },
    });
    if (count === 0) return { cleared: false };
    await recordAudit(tx, {
      type: AUDIT_EVENTS.accountUnlocked,
      actorId: actor.id,
      subjectId: userId,
      ...context,
      details: { reason: actor.reason },
    });
    return { cleared: true };
  });
}
