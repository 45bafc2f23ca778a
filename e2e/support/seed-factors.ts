// Creates the factors server's database (playwright.config.ts's webServer with FACTORS_ENV): the
// admins, editor and targets of the second-factor requirement and step-up tests; the other tests
// register the accounts they use.
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { closePasswordPool } from "@/lib/password/hash";
import { FACTORS_FIXTURES } from "./factor-users";

await applyMigrations({ url: databaseUrl() });
for (const fixture of Object.values(FACTORS_FIXTURES)) {
  await provisionUser({ ...fixture, source: "e2e:factors" });
}
await closePasswordPool();
await db.$disconnect();
console.log("Prepared the factors server's database.");
