// Housekeeping on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite.
import { afterAll } from "vitest";
import { testDatabase } from "@/lib/testing/postgres-test-database";
import { purgeCases, type PurgeTarget } from "./purge-stale-records.cases";

const database = testDatabase();
let target: PurgeTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  await database.drop();
});

purgeCases("PostgreSQL", async () => {
  await database.create();
  process.env.DATABASE_URL = database.url;
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: database.url });
  target = { db: (await import("@/lib/db/client")).db, ...(await import("./purge-stale-records")) };
  return target;
});
