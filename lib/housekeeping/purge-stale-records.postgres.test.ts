// Housekeeping on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite.
import { openTestDatabase } from "@/test-support/open-test-database";
import { testDatabase } from "@/test-support/postgres-test-database";
import { purgeCases } from "./purge-stale-records.cases";

const db = await openTestDatabase(testDatabase());
purgeCases("PostgreSQL", { db, ...(await import("./purge-stale-records")) });
