import "server-only";
import { rawBoolean, rawDate, rawDateOrNull, rawInteger, rawRead, type RawSql } from "@/lib/db/raw-read";
import type { CredentialUser } from "./check-access-token";
import type { TokenFamilyState } from "./family-policy";

/** A token family with what its checks and answers need of the user, roles as they are now. */
export type TokenFamilyRecord = TokenFamilyState & {
  id: string;
  createdAt: Date;
  user: CredentialUser & { isActive: boolean };
};

export type RefreshTokenRecord = { id: string; rotatedAt: Date | null; family: TokenFamilyRecord };

type FamilyRow = {
  familyId: string;
  userId: string;
  expiresAt: unknown;
  idleSeconds: unknown;
  lastUsedAt: unknown;
  revokedAt: unknown;
  familyCreatedAt: unknown;
  email: string;
  name: string | null;
  emailVerified: unknown;
  lastLoginAt: unknown;
  userCreatedAt: unknown;
  isActive: unknown;
  roleName: string | null;
};

const FAMILY_COLUMNS = `f."id" AS "familyId", f."userId", f."expiresAt", f."idleSeconds", f."lastUsedAt", f."revokedAt",
         f."createdAt" AS "familyCreatedAt", u."email", u."name", u."emailVerified", u."lastLoginAt",
         u."createdAt" AS "userCreatedAt", u."isActive", r."roleName"`;
const FAMILY_JOINS = `JOIN "User" u ON u."id" = f."userId"
  LEFT JOIN "UserRole" r ON r."userId" = u."id"`;

const familyByIdSql: RawSql = (param) => `
  SELECT ${FAMILY_COLUMNS}
  FROM "TokenFamily" f
  ${FAMILY_JOINS}
  WHERE f."id" = ${param(1)}
  ORDER BY r."roleName"`;

const familyByRefreshTokenSql: RawSql = (param) => `
  SELECT t."id" AS "tokenId", t."rotatedAt", ${FAMILY_COLUMNS}
  FROM "RefreshToken" t
  JOIN "TokenFamily" f ON f."id" = t."familyId"
  ${FAMILY_JOINS}
  WHERE t."tokenHash" = ${param(1)}
  ORDER BY r."roleName"`;

/**
 * A token family, its user and the user's roles in one statement (one row per role): the read
 * every bearer check makes, so revocation, deactivation and role changes count on the next request.
 */
export async function findTokenFamily(familyId: string): Promise<TokenFamilyRecord | null> {
  return familyOf(await rawRead<FamilyRow>(familyByIdSql, familyId));
}

/** A refresh token by its hash, with its family as findTokenFamily reads it, in one statement. */
export async function findRefreshToken(tokenHash: string): Promise<RefreshTokenRecord | null> {
  const rows = await rawRead<FamilyRow & { tokenId: string; rotatedAt: unknown }>(familyByRefreshTokenSql, tokenHash);
  const family = familyOf(rows);
  return family && { id: rows[0]!.tokenId, rotatedAt: rawDateOrNull(rows[0]!.rotatedAt), family };
}

function familyOf(rows: FamilyRow[]): TokenFamilyRecord | null {
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.familyId,
    userId: first.userId,
    expiresAt: rawDate(first.expiresAt),
    idleSeconds: rawInteger(first.idleSeconds),
    lastUsedAt: rawDate(first.lastUsedAt),
    revokedAt: rawDateOrNull(first.revokedAt),
    createdAt: rawDate(first.familyCreatedAt),
    user: {
      id: first.userId,
      email: first.email,
      name: first.name,
      emailVerified: rawDateOrNull(first.emailVerified),
      lastLoginAt: rawDateOrNull(first.lastLoginAt),
      createdAt: rawDate(first.userCreatedAt),
      isActive: rawBoolean(first.isActive),
      roles: rows.flatMap((row) => (row.roleName === null ? [] : [row.roleName])),
    },
  };
}
