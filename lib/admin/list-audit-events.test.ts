// The security log's pages on SQLite (the embedded default); the same cases run on PostgreSQL in
// list-audit-events.postgres.test.ts.
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { auditLogCases } from "./list-audit-events.cases";

const db = await openTestDatabase(sqliteTestDatabase("audit-log"));
auditLogCases("SQLite", { db, ...(await import("./list-audit-events")) });
