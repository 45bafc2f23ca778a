import "server-only";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { afterFailure, isLocked } from "./policy";

export type RecordSignInFailureOptions = {
  userId: string;
  context: RequestContext;
  now?: Date;
  threshold?: number;
};

/**
 * Counts a wrong password against the account, locking it at the threshold (audited).
 * Attempts while it is locked are not counted: they neither extend nor escalate the lock.
 */
export async function recordSignInFailure({
  userId,
  context,
  now = new Date(),
  threshold = settings().lockout.threshold,
}: RecordSignInFailureOptions): Promise<{ locked: boolean }> {
  return db.$transaction(async (tx) => {
    // Locks the row before reading it: failures arriving at once on several instances would
    // otherwise each read the same count and write count + 1 (a lost update at READ COMMITTED).
    await tx.$executeRaw`UPDATE "User" SET "failedSignInCount" = "failedSignInCount" WHERE "id" = ${userId}`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { failedSignInCount: true, lastFailedSignInAt: true, lockedUntil: true },
    });
    if (!user || isLocked(user, now)) return { locked: false };
    const next = afterFailure(user, now, threshold);
    await tx.user.update({
      where: { id: userId },
      data: { failedSignInCount: next.failedSignInCount, lastFailedSignInAt: next.lastFailedSignInAt, lockedUntil: next.lockedUntil },
    });
    if (next.locked) {
      await recordAudit(tx, {
        type: AUDIT_EVENTS.accountLocked,
        subjectId: userId,
        ...context,
        details: { failures: next.failedSignInCount, until: next.lockedUntil!.toISOString() },
      });
    }
    return { locked: next.locked };
  });
}
