// A second, read-only connection to the SQLite file, beside Prisma's, for the one read every
// authorised request makes (lib/sessions/find-session-record.ts). Through Prisma that read costs
// about a millisecond of CPU in the server, most of a page's data-access cost; a prepared
// statement on the driver costs a few microseconds. The database is in WAL mode (lib/db/migrate),
// so this connection sees every transaction Prisma has committed at its next statement:
// a revocation still counts on the very next request. Server-only.
import "server-only";
import Database from "better-sqlite3";
import { databaseDialect, databaseUrl, sqliteFilePath } from "./url";

export type SqliteReader = Database.Database;

// One connection per file per process, kept across dev-server module reloads.
const readers = ((globalThis as { __gatehouseSqliteReaders?: Map<string, SqliteReader> }).__gatehouseSqliteReaders ??= new Map());

/** The read-only connection to DATABASE_URL's SQLite file, or null when it names PostgreSQL. */
export function sqliteReader(url: string = databaseUrl()): SqliteReader | null {
  if (databaseDialect(url) !== "sqlite") return null;
  const file = sqliteFilePath(url);
  let reader = readers.get(file);
  if (!reader) {
    reader = new Database(file, { readonly: true, fileMustExist: true });
    readers.set(file, reader);
  }
  return reader;
}
