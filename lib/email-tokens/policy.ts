// Whether a stored email link may still be used. Pure: the callers pass the clock.
import type { EmailTokenPurpose } from "./purposes";

export type TokenVerdict = "valid" | "invalid" | "expired" | "used" | "superseded";

export type StoredToken = {
  purpose: string;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
};

/** Used and replaced win over expired: the more specific answer tells the person what to do. */
export function judgeToken(token: StoredToken | null, purposes: readonly EmailTokenPurpose[], now: Date): TokenVerdict {
  if (!token || !purposes.includes(token.purpose as EmailTokenPurpose)) return "invalid";
  if (token.usedAt) return "used";
  if (token.supersededAt) return "superseded";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
