// When a token family is still good. Pure.

export type TokenFamilyState = {
  userId: string;
  expiresAt: Date;
  idleSeconds: number;
  lastUsedAt: Date;
  revokedAt: Date | null;
  user: { isActive: boolean };
};

export type TokenFamilyVerdict = "active" | "revoked" | "expired" | "idle" | "inactive-user";

export function judgeTokenFamily(family: TokenFamilyState, now: Date): TokenFamilyVerdict {
  if (family.revokedAt) return "revoked";
  if (!family.user.isActive) return "inactive-user";
  if (family.expiresAt.getTime() <= now.getTime()) return "expired";
  if (family.lastUsedAt.getTime() + family.idleSeconds * 1000 <= now.getTime()) return "idle";
  return "active";
}
