import { db } from "@/lib/db/client";
import { dummyHash, verifyPassword } from "@/lib/password/hash";
import { passwordBytes, PASSWORD_MAX_BYTES } from "@/lib/password/policy";
import { isLocked } from "@/lib/lockout/policy";

export type CredentialsCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "unknown-email" | "no-password" | "wrong-password" | "inactive" | "too-long" | "locked"; userId?: string };

/**
 * Checks an email and password. Every path that reaches the database costs one bcrypt
 * compare, so the answer's timing does not tell whether the email has an account.
 * The reasons are for the audit log only; people see one generic message.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  now: Date = new Date(),
  /** A known client (device cookie) is not held by the lock on unknown clients. */
  { ignoreLock = false }: { ignoreLock?: boolean } = {},
): Promise<CredentialsCheck> {
  // Independent of the account, so refusing early tells nothing; and nothing this long is hashed.
  if (passwordBytes(password) > PASSWORD_MAX_BYTES) return { ok: false, reason: "too-long" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, isActive: true, lockedUntil: true },
  });
  if (!user?.passwordHash) {
    await verifyPassword(password, await dummyHash());
    return user ? { ok: false, reason: "no-password", userId: user.id } : { ok: false, reason: "unknown-email" };
  }
  // A locked account costs the same compare and gives the same answer as a wrong password.
  if (!ignoreLock && isLocked(user, now)) {
    await verifyPassword(password, await dummyHash());
    return { ok: false, reason: "locked", userId: user.id };
  }
  const matches = await verifyPassword(password, user.passwordHash);
  if (!matches) return { ok: false, reason: "wrong-password", userId: user.id };
  if (!user.isActive) return { ok: false, reason: "inactive", userId: user.id };
  return { ok: true, userId: user.id };
}
