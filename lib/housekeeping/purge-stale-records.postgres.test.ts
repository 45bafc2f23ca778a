// Housekeeping on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite.
import { afterAll } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { testDatabase } from "@/test-support/postgres-test-database";
import { purgeCases, type PurgeTarget } from "./purge-stale-records.cases";

const database = testDatabase();
let target: PurgeTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  await database.drop();
});

purgeCases("PostgreSQL", async () => {
  target = { db: await openTestDatabase(database), ...(await import("./purge-stale-records")) };
  return target;
});
