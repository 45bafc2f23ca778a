import "server-only";
import { rawBoolean, rawDate, rawDateOrNull, rawInteger, rawRead, type RawSql } from "@/lib/db/raw-read";
import type { SessionState } from "./policy";

/** A registry row with what the data access layer needs of its user, roles as they are now. */
export type SessionRecord = SessionState & {
  userId: string;
  user: SessionState["user"] & {
    id: string;
    email: string;
    name: string | null;
    emailVerified: Date | null;
    lastLoginAt: Date | null;
    createdAt: Date;
    roles: string[];
  };
};

type Row = {
  userId: string;
  expires: unknown;
  idleSeconds: unknown;
  lastSeenAt: unknown;
  revokedAt: unknown;
  email: string;
  name: string | null;
  emailVerified: unknown;
  isActive: unknown;
  sessionVersion: unknown;
  lastLoginAt: unknown;
  createdAt: unknown;
  roleName: string | null;
};

const sessionRecordSql: RawSql = (param) => `
  SELECT s."userId", s."expires", s."idleSeconds", s."lastSeenAt", s."revokedAt",
         u."email", u."name", u."emailVerified", u."isActive", u."sessionVersion", u."lastLoginAt", u."createdAt",
         r."roleName"
  FROM "Session" s
  JOIN "User" u ON u."id" = s."userId"
  LEFT JOIN "UserRole" r ON r."userId" = u."id"
  WHERE s."id" = ${param(1)}
  ORDER BY r."roleName"`;

/**
 * The session row, its user and the user's roles in one SQL statement (one row per role).
 * Runs on every authorised request, so it is a raw read (lib/db/raw-read.ts), not Prisma's
 * three queries of a nested select.
 */
export async function findSessionRecord(sessionId: string): Promise<SessionRecord | null> {
  const rows = await rawRead<Row>(sessionRecordSql, sessionId);
  const first = rows[0];
  if (!first) return null;
  return {
    userId: first.userId,
    expires: rawDate(first.expires),
    idleSeconds: rawInteger(first.idleSeconds),
    lastSeenAt: rawDate(first.lastSeenAt),
    revokedAt: rawDateOrNull(first.revokedAt),
    user: {
      id: first.userId,
      email: first.email,
      name: first.name,
      emailVerified: rawDateOrNull(first.emailVerified),
      isActive: rawBoolean(first.isActive),
      sessionVersion: rawInteger(first.sessionVersion),
      lastLoginAt: rawDateOrNull(first.lastLoginAt),
      createdAt: rawDate(first.createdAt),
      roles: rows.flatMap((row) => (row.roleName === null ? [] : [row.roleName])),
    },
  };
}
