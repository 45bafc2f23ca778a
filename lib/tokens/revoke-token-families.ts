import type { Tx } from "@/lib/db/client";

export type RevokeTokenFamiliesOptions = {
  userId: string;
  /** Why, kept on each row ("signed_out_everywhere", "deactivated", "reuse_detected", …). */
  reason: string;
  /** Only this family; otherwise every live family of the user. */
  familyId?: string;
  at?: Date;
};

/**
 * Ends token families inside the caller's transaction: their refresh tokens stop at once, and
 * their access tokens on Gatehouse's own API on the next request (it checks the family).
 * Returns how many were still live.
 */
export async function revokeTokenFamilies(tx: Tx, { userId, reason, familyId, at = new Date() }: RevokeTokenFamiliesOptions): Promise<number> {
  const { count } = await tx.tokenFamily.updateMany({
    where: { userId, revokedAt: null, ...(familyId ? { id: familyId } : {}) },
    data: { revokedAt: at, revokedReason: reason },
  });
  return count;
}
