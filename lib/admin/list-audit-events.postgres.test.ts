// The security log's pages on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite.
import { openTestDatabase } from "@/test-support/open-test-database";
import { testDatabase } from "@/test-support/postgres-test-database";
import { auditLogCases } from "./list-audit-events.cases";

const db = await openTestDatabase(testDatabase());
auditLogCases("PostgreSQL", { db, ...(await import("./list-audit-events")) });
