// Builds a Prisma client over a driver adapter: better-sqlite3 for file: URLs (the embedded
// default), pg for postgres:// URLs. Used by the app (lib/db/client.ts) and by scripts.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { databaseDialect, databaseUrl, sqliteFilePath } from "./url";

// Both generated clients come from identical models (checked by `npm run db:check`), so the
// app is written against one of them; the PostgreSQL client has the same API for what we use.
export type Db = SqliteClient;

/**
 * The embedded database commits durably: better-sqlite3 is built with WAL's synchronous=NORMAL,
 * under which a commit survives the process but not a power cut or an OS crash, and an
 * acknowledged revocation, password change or sign-out must survive both. FULL waits for the
 * disk on every commit (about 0.2 ms here).
 */
class DurableSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = FULL");
    return adapter;
  }
}

export function createPrismaClient(url: string = databaseUrl()): Db {
  if (databaseDialect(url) === "postgres") {
    const adapter = new PrismaPg({ connectionString: url });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  return new SqliteClient({ adapter: new DurableSqlite({ url: file }) });
}
