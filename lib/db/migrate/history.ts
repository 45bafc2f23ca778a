// Reading Prisma's `_prisma_migrations` bookkeeping: which migrations count as applied, and
// when the recorded history forbids applying anything (the rules `prisma migrate` follows).
import { MIGRATION_FILE, type Migration, checksumOf } from "./migrations-dir";

export interface MigrationRecord {
  migrationName: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

export type MigrationState = "applied" | "failed" | "pending";

/** A migration may have several rows (rolled back, then applied again); rolled-back rows do not count. */
export function migrationState(name: string, records: MigrationRecord[]): MigrationState {
  const live = records.filter((record) => record.migrationName === name && !record.rolledBack);
  if (live.some(isApplied)) return "applied";
  if (live.length > 0) return "failed";
  return "pending";
}

/** Throws, naming every problem, when an applied migration's file changed or a migration is marked failed. */
export function assertHistoryIntact(migrations: Migration[], records: MigrationRecord[]): void {
  const problems: string[] = [];
  for (const record of records) {
    if (!record.finished && !record.rolledBack) {
      problems.push(
        `Migration ${record.migrationName} failed in an earlier run and is still recorded as failed. ` +
          `Repair the database, then mark it with \`prisma migrate resolve --rolled-back ${record.migrationName}\` ` +
          `(to run it again) or \`--applied ${record.migrationName}\`.`,
      );
    }
  }
  for (const migration of migrations) {
    const applied = records.filter((record) => record.migrationName === migration.name && isApplied(record));
    if (applied.some((record) => !scriptMatchesChecksum(migration.sql, record.checksum))) {
      problems.push(
        `Migration ${migration.name} was modified after it was applied: its ${MIGRATION_FILE} no longer matches ` +
          `the checksum recorded in _prisma_migrations. Restore the file and put the change in a new migration.`,
      );
    }
  }
  if (problems.length > 0) throw new Error(`Refusing to migrate the database:\n- ${problems.join("\n- ")}`);
}

function isApplied(record: MigrationRecord): boolean {
  return record.finished && !record.rolledBack;
}

/** As Prisma compares: the file as is, or with its line endings switched (git may rewrite them). */
function scriptMatchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/\n/g, "\r\n")];
  return variants.some((variant) => checksumOf(variant) === checksum);
}
