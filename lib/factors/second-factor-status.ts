import "server-only";
import { db } from "@/lib/db/client";

export type SecondFactorStatus = { totp: boolean; recoveryCodesLeft: number };

/** What guards this account's sign-ins after the first factor. */
export async function secondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [factor, recoveryCodesLeft] = await Promise.all([
    db.totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: Boolean(factor?.confirmedAt), recoveryCodesLeft };
}

export async function hasSecondFactor(userId: string): Promise<boolean> {
  return (await db.totpFactor.count({ where: { userId, confirmedAt: { not: null } } })) > 0;
}
