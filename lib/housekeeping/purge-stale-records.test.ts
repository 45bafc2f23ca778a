// Housekeeping on SQLite (the embedded default); the same cases run on PostgreSQL in
// purge-stale-records.postgres.test.ts.
import { afterAll } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { purgeCases, type PurgeTarget } from "./purge-stale-records.cases";

const database = sqliteTestDatabase("purge");
let target: PurgeTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  await database.drop();
});

purgeCases("SQLite", async () => {
  target = { db: await openTestDatabase(database), ...(await import("./purge-stale-records")) };
  return target;
});
