import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/sqlite/client";

export type SecondFactorStatus = { totp: boolean; recoveryCodesLeft: number };

/** What guards this account's sign-ins after the first factor. */
export async function secondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [factor, recoveryCodesLeft] = await Promise.all([
    db.totpFactor.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: Boolean(factor?.confirmedAt), recoveryCodesLeft };
}

/**
 * The one definition of "this account has a second factor", as SQL on a user id: hasSecondFactor
 * (sign-in challenge, the role requirement) and the admin users filter (lib/admin/search-users.ts)
 * both ask it, so a new kind of factor is added here once. Same SQL on SQLite and PostgreSQL.
 */
export function hasSecondFactorSql(userId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "TotpFactor" f WHERE f."userId" = ${userId} AND f."confirmedAt" IS NOT NULL)`;
}

export async function hasSecondFactor(userId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ has: boolean | number | bigint }[]>`SELECT ${hasSecondFactorSql(Prisma.sql`${userId}`)} AS "has"`;
  // SQLite answers EXISTS with 0 or 1, PostgreSQL with a boolean.
  return Boolean(row?.has);
}

export type SecondFactorKind = "authenticator app";

/** Each user's second factors (none: absent from the map), for a page of the admin users table. */
export async function secondFactorKinds(client: Db, userIds: string[]): Promise<Map<string, SecondFactorKind[]>> {
  const factors = await client.totpFactor.findMany({ where: { userId: { in: userIds }, confirmedAt: { not: null } }, select: { userId: true } });
  return new Map(factors.map((factor) => [factor.userId, ["authenticator app"]]));
}
