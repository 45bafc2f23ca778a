import "server-only";
import { db } from "@/lib/db/client";
import type { SessionState } from "./policy";

/** A registry row with what the data access layer needs of its user, roles as they are now. */
export type SessionRecord = SessionState & {
  userId: string;
  user: SessionState["user"] & {
    id: string;
    email: string;
    name: string | null;
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
  isActive: unknown;
  sessionVersion: unknown;
  lastLoginAt: unknown;
  createdAt: unknown;
  roleName: string | null;
};

/**
 * The session row, its user and the user's roles in one SQL statement (one row per role).
 * Runs on every authorised request: Prisma's nested select costs three statements and about
 * five times as long. Plain SQL that SQLite and PostgreSQL both accept (quoted identifiers,
 * placeholders filled in by Prisma per dialect).
 */
export async function findSessionRecord(sessionId: string): Promise<SessionRecord | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."userId", s."expires", s."idleSeconds", s."lastSeenAt", s."revokedAt",
           u."email", u."name", u."isActive", u."sessionVersion", u."lastLoginAt", u."createdAt",
           r."roleName"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "UserRole" r ON r."userId" = u."id"
    WHERE s."id" = ${sessionId}
    ORDER BY r."roleName"`;
  const first = rows[0];
  if (!first) return null;
  return {
    userId: first.userId,
    expires: toDate(first.expires),
    idleSeconds: toInteger(first.idleSeconds),
    lastSeenAt: toDate(first.lastSeenAt),
    revokedAt: toDateOrNull(first.revokedAt),
    user: {
      id: first.userId,
      email: first.email,
      name: first.name,
      isActive: toBoolean(first.isActive),
      sessionVersion: toInteger(first.sessionVersion),
      lastLoginAt: toDateOrNull(first.lastLoginAt),
      createdAt: toDate(first.createdAt),
      roles: rows.flatMap((row) => (row.roleName === null ? [] : [row.roleName])),
    },
  };
}

// Raw rows come back typed by the driver. Anything unexpected throws, so a request fails closed
// instead of being judged on a misread column.
function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : typeof value === "string" || typeof value === "number" ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError("session record: not a date");
  return date;
}

function toDateOrNull(value: unknown): Date | null {
  return value === null ? null : toDate(value);
}

function toInteger(value: unknown): number {
  const number = typeof value === "bigint" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number)) throw new TypeError("session record: not an integer");
  return number;
}

function toBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Boolean(value);
  throw new TypeError("session record: not a boolean");
}
