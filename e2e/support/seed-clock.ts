// Creates the clock server's database: the admin and user fixture accounts the expiry and
// outbox tests sign in as (run by playwright.config.ts's webServer with CLOCK_ENV).
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { closePasswordPool } from "@/lib/password/hash";
import { FIXTURE_USERS } from "./users";

await applyMigrations({ url: databaseUrl() });
for (const fixture of [FIXTURE_USERS.admin, FIXTURE_USERS.user]) {
  await provisionUser({ ...fixture, source: "e2e:clock" });
}
await closePasswordPool();
await db.$disconnect();
console.log("Seeded the clock server's admin and user.");
