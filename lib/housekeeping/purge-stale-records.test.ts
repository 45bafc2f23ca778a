// Housekeeping on SQLite (the embedded default); the same cases run on PostgreSQL in
// purge-stale-records.postgres.test.ts.
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { purgeCases } from "./purge-stale-records.cases";

const db = await openTestDatabase(sqliteTestDatabase("purge"));
purgeCases("SQLite", { db, ...(await import("./purge-stale-records")) });
