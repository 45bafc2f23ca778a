// Applies migrations to a SQLite file with better-sqlite3, one IMMEDIATE transaction per
// migration including its `_prisma_migrations` row.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type MigrationRecord, assertHistoryIntact, migrationState } from "./history";
import type { Migration } from "./migrations-dir";

// How long a process waits for another one's migration (or write) to finish.
const BUSY_TIMEOUT_MS = 30_000;

// Exactly the table Prisma's schema engine creates on SQLite.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

export function applyToSqlite(file: string, migrations: Migration[], log: (message: string) => void): string[] {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    if (!hasMigrationsTable(db)) {
      db.transaction(() => {
        if (!hasMigrationsTable(db)) db.exec(CREATE_MIGRATIONS_TABLE);
      }).immediate();
    }
    const history = readHistory(db);
    assertHistoryIntact(migrations, history);

    const applied: string[] = [];
    for (const migration of migrations) {
      if (migrationState(migration.name, history) !== "pending") continue;
      if (applyOne(db, migration)) {
        applied.push(migration.name);
        log(`Applied ${migration.name}`);
      }
    }
    return applied;
  } finally {
    db.close();
  }
}

/** False when another process applied it first (seen once this one holds the write lock). */
function applyOne(db: Database.Database, migration: Migration): boolean {
  const apply = db.transaction((): boolean => {
    // Another process may have applied it (or failed at it) since this one read the history.
    const history = readHistory(db);
    if (migrationState(migration.name, history) === "applied") return false;
    assertHistoryIntact([migration], history);

    const startedAt = sqliteTimestamp();
    try {
      db.exec(migration.sql);
    } catch (error) {
      throw new Error(`Migration ${migration.name} failed, nothing of it was applied: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const violations = db.pragma("foreign_key_check") as ForeignKeyViolation[];
    if (violations.length > 0) {
      const first = violations[0]!;
      throw new Error(
        `Migration ${migration.name} would leave ${violations.length} row(s) with a broken foreign key ` +
          `(first: ${first.table} rowid ${first.rowid} → ${first.parent}); nothing of it was applied.`,
      );
    }
    db.prepare(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
    ).run(randomUUID(), migration.checksum, sqliteTimestamp(), migration.name, startedAt);
    return true;
  });

  // SQLite ignores `PRAGMA foreign_keys` inside a transaction. Prisma's table-redefining
  // migrations DROP the old parent table; with foreign keys on, that would cascade-delete
  // every child row. The foreign_key_check above is what keeps the data honest instead.
  db.pragma("foreign_keys = OFF");
  try {
    return apply.immediate();
  } finally {
    db.pragma("foreign_keys = ON");
  }
}

function hasMigrationsTable(db: Database.Database): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  return table !== undefined;
}

function readHistory(db: Database.Database): MigrationRecord[] {
  const rows = db
    .prepare(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM "_prisma_migrations" ORDER BY started_at`,
    )
    .all() as { migration_name: string; checksum: string; finished: number; rolled_back: number }[];
  return rows.map((row) => ({
    migrationName: row.migration_name,
    checksum: row.checksum,
    finished: row.finished === 1,
    rolledBack: row.rolled_back === 1,
  }));
}

/**
 * RFC 3339 text, as Prisma's engine stores it through driver adapters. The native engine writes
 * epoch milliseconds instead, and reads both.
 */
function sqliteTimestamp(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}
