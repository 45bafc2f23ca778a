import "server-only";
import { db } from "@/lib/db/client";

/** After a successful sign-in: the failure count starts again from zero. One write, only if needed. */
export async function resetSignInFailures(userId: string): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, failedSignInCount: { gt: 0 } },
    data: { failedSignInCount: 0, lastFailedSignInAt: null },
  });
}
