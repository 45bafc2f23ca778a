// Housekeeping on SQLite (the embedded default); the same cases run on PostgreSQL in
// purge-stale-records.postgres.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { purgeCases, type PurgeTarget } from "./purge-stale-records.cases";

const folder = mkdtempSync(join(tmpdir(), "gatehouse-purge-"));
process.env.DATABASE_URL = `file:${join(folder, "test.db")}`;
let target: PurgeTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

purgeCases("SQLite", async () => {
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  target = { db: (await import("@/lib/db/client")).db, ...(await import("./purge-stale-records")) };
  return target;
});
