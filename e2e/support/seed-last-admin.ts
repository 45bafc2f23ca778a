// Creates the last-admin server's database: two admins and nobody else (run by
// playwright.config.ts's webServer with LAST_ADMIN_ENV).
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { closePasswordPool } from "@/lib/password/hash";
import { LAST_ADMINS } from "./last-admin";

await applyMigrations({ url: databaseUrl() });
for (const admin of Object.values(LAST_ADMINS)) {
  await provisionUser({ ...admin, roles: ["admin"], source: "e2e:last-admin" });
}
await closePasswordPool();
await db.$disconnect();
console.log(`Seeded ${Object.keys(LAST_ADMINS).length} admins for the last-admin server.`);
