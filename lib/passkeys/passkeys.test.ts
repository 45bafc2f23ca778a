// Passkeys on SQLite (the embedded default); the same cases run on PostgreSQL in passkeys.postgres.test.ts.
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { passkeyCases, passkeyModules } from "./passkeys.cases";

process.env.AUTH_URL = "http://localhost:3000";
const db = await openTestDatabase(sqliteTestDatabase("passkeys"));
passkeyCases("SQLite", await passkeyModules(db));
