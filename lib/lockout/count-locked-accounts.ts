import "server-only";
import { db } from "@/lib/db/client";

/** Accounts whose password sign-in is locked right now (for the admin overview). */
export async function countLockedAccounts(now: Date = new Date()): Promise<number> {
  return db.user.count({ where: { lockedUntil: { gt: now } } });
}
