// Hot reads in plain SQL, beside Prisma: the few statements every authorised request makes.
// Through Prisma a nested read costs a query per relation and most of a millisecond of CPU; on
// SQLite a prepared statement on the read-only connection (./sqlite-reader.ts) costs a few
// microseconds, on PostgreSQL one raw query replaces several. Server-only.
import "server-only";
import type { Statement } from "better-sqlite3";
import { db } from "./client";
import { sqliteReader, type SqliteReader } from "./sqlite-reader";

/** SQL both dialects accept; `param(n)` writes the n-th (1-based) bound parameter. */
export type RawSql = (param: (index: number) => string) => string;

const prepared = new WeakMap<SqliteReader, Map<RawSql, Statement>>();

/** Runs `sql` with its parameters always bound, never spliced into the text. */
export function rawRead<Row>(sql: RawSql, ...params: string[]): Row[] | Promise<Row[]> {
  const reader = sqliteReader();
  if (!reader) return db.$queryRawUnsafe<Row[]>(sql((index) => `$${index}`), ...params);
  let statements = prepared.get(reader);
  if (!statements) prepared.set(reader, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = reader.prepare(sql(() => "?"))));
  return statement.all(...params) as Row[];
}

// Raw rows come back as each driver types them (SQLite: ISO text or epoch milliseconds for dates,
// 0/1 for booleans; PostgreSQL: Date and boolean). Anything unexpected throws, so a request fails
// closed instead of being judged on a misread column.
const SQLITE_UTC_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;

export function rawDate(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === "number" || typeof value === "bigint"
        ? new Date(Number(value))
        : typeof value === "string"
          ? new Date(SQLITE_UTC_TEXT.test(value) ? `${value.replace(" ", "T")}Z` : value)
          : null;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError("raw read: not a date");
  return date;
}

export function rawDateOrNull(value: unknown): Date | null {
  return value === null ? null : rawDate(value);
}

export function rawInteger(value: unknown): number {
  const number = typeof value === "bigint" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number)) throw new TypeError("raw read: not an integer");
  return number;
}

export function rawBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Boolean(value);
  throw new TypeError("raw read: not a boolean");
}
