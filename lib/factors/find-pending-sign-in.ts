import "server-only";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { pendingTokenHash } from "./create-pending-sign-in";

/** The live pending sign-in a token belongs to, or null once it is used up or expired. */
export async function findPendingSignIn(token: string | null, now: Date = clockNow()): Promise<{ userId: string; remember: boolean; method: string } | null> {
  if (!token) return null;
  const pending = await db.pendingSignIn.findUnique({ where: { tokenHash: pendingTokenHash(token) }, select: { userId: true, remember: true, method: true, expiresAt: true } });
  return pending && pending.expiresAt.getTime() > now.getTime() ? { userId: pending.userId, remember: pending.remember, method: pending.method } : null;
}
