// Applies the committed migrations (prisma/<dialect>/migrations) to a database, keeping
// Prisma's `_prisma_migrations` table exactly as `prisma migrate deploy` would, so either tool
// can take over from the other. Safe when several processes start at once.
import { databaseDialect, sqliteFilePath } from "../url";
import { readMigrations } from "./migrations-dir";
import { migrationsDirFor } from "./paths";
import { applyToPostgres } from "./runner-postgres";
import { applyToSqlite } from "./runner-sqlite";

export interface ApplyMigrationsOptions {
  /** A DATABASE_URL: `file:` for SQLite, `postgres://` for PostgreSQL. */
  url: string;
  /** Defaults to prisma/<dialect>/migrations under the working directory. */
  migrationsDir?: string;
  log?: (message: string) => void;
}

/** Applies pending migrations in order and returns their names (empty when up to date). */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const { url, migrationsDir, log = () => {} } = options;
  const dialect = databaseDialect(url);
  const migrations = readMigrations(migrationsDir ?? migrationsDirFor(dialect));
  return dialect === "postgres"
    ? applyToPostgres(url, migrations, log)
    : applyToSqlite(sqliteFilePath(url), migrations, log);
}
