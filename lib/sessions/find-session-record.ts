import "server-only";
import type { Statement } from "better-sqlite3";
import { db } from "@/lib/db/client";
import { sqliteReader, type SqliteReader } from "@/lib/db/sqlite-reader";
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

const sessionRecordSql = (placeholder: string) => `
  SELECT s."userId", s."expires", s."idleSeconds", s."lastSeenAt", s."revokedAt",
         u."email", u."name", u."emailVerified", u."isActive", u."sessionVersion", u."lastLoginAt", u."createdAt",
         r."roleName"
  FROM "Session" s
  JOIN "User" u ON u."id" = s."userId"
  LEFT JOIN "UserRole" r ON r."userId" = u."id"
  WHERE s."id" = ${placeholder}
  ORDER BY r."roleName"`;

const prepared = new WeakMap<SqliteReader, Statement<[string], Row>>();

function readRows(sessionId: string): Row[] | Promise<Row[]> {
  const reader = sqliteReader();
  if (!reader) return db.$queryRawUnsafe<Row[]>(sessionRecordSql("$1"), sessionId);
  let statement = prepared.get(reader);
  if (!statement) {
    statement = reader.prepare<[string], Row>(sessionRecordSql("?"));
    prepared.set(reader, statement);
  }
  return statement.all(sessionId);
}

/**
 * The session row, its user and the user's roles in one SQL statement (one row per role).
 * Runs on every authorised request, so it skips Prisma's query engine: on SQLite a prepared
 * statement on a read-only connection (lib/db/sqlite-reader.ts), on PostgreSQL one raw query
 * instead of the three a nested select costs. Plain SQL both dialects accept; the session id
 * is always a bound parameter.
 */
export async function findSessionRecord(sessionId: string): Promise<SessionRecord | null> {
  const rows = await readRows(sessionId);
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
      emailVerified: toDateOrNull(first.emailVerified),
      isActive: toBoolean(first.isActive),
      sessionVersion: toInteger(first.sessionVersion),
      lastLoginAt: toDateOrNull(first.lastLoginAt),
      createdAt: toDate(first.createdAt),
      roles: rows.flatMap((row) => (row.roleName === null ? [] : [row.roleName])),
    },
  };
}

// Raw rows come back as the driver types them (SQLite: ISO text or epoch milliseconds for dates,
// 0/1 for booleans). Anything unexpected throws, so a request fails closed instead of being
// judged on a misread column.
const SQLITE_UTC_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;

function toDate(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === "number" || typeof value === "bigint"
        ? new Date(Number(value))
        : typeof value === "string"
          ? new Date(SQLITE_UTC_TEXT.test(value) ? `${value.replace(" ", "T")}Z` : value)
          : null;
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
