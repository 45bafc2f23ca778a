// Passkeys on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite.
import { openTestDatabase } from "@/test-support/open-test-database";
import { testDatabase } from "@/test-support/postgres-test-database";
import { passkeyCases, passkeyModules } from "./passkeys.cases";

process.env.AUTH_URL = "http://localhost:3000";
const db = await openTestDatabase(testDatabase());
passkeyCases("PostgreSQL", await passkeyModules(db));
