// Applies migrations to PostgreSQL with `pg`, under Prisma's advisory lock, one transaction per
// migration including its `_prisma_migrations` row.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { type MigrationRecord, assertHistoryIntact, migrationState } from "./history";
import type { Migration } from "./migrations-dir";

// The key `prisma migrate` locks too, so this runner and the Prisma CLI never migrate at once.
const PRISMA_ADVISORY_LOCK = 72707369;

// Exactly the table Prisma's schema engine creates on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export async function applyToPostgres(
  url: string,
  migrations: Migration[],
  log: (message: string) => void,
): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Held for the whole run: a second process waits here, then finds nothing left to apply.
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
    if (!(await hasMigrationsTable(client))) await client.query(CREATE_MIGRATIONS_TABLE);
    const history = await readHistory(client);
    assertHistoryIntact(migrations, history);

    const applied: string[] = [];
    for (const migration of migrations) {
      if (migrationState(migration.name, history) !== "pending") continue;
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`Applied ${migration.name}`);
    }
    return applied;
  } finally {
    // Ending the session releases the advisory lock.
    await client.end();
  }
}

async function applyOne(client: Client, migration: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    // No parameters: `pg` uses the simple protocol, which runs a whole multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new Error(`Migration ${migration.name} failed, nothing of it was applied: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function hasMigrationsTable(client: Client): Promise<boolean> {
  const result = await client.query<{ exists: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'
     ) AS "exists"`,
  );
  return result.rows[0]?.exists === true;
}

async function readHistory(client: Client): Promise<MigrationRecord[]> {
  const result = await client.query<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean }>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
     FROM _prisma_migrations ORDER BY started_at`,
  );
  return result.rows.map((row) => ({
    migrationName: row.migration_name,
    checksum: row.checksum,
    finished: row.finished,
    rolledBack: row.rolled_back,
  }));
}
