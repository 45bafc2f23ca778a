// Creates the fixture accounts in the e2e database (run by playwright.config.ts's webServer).
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { closePasswordPool } from "@/lib/password/hash";
import { FIXTURE_USERS } from "./users";
import { seedSocialFixtures } from "./social-fixtures";

await applyMigrations({ url: databaseUrl() });
for (const fixture of Object.values(FIXTURE_USERS)) {
  const { userId } = await provisionUser({ ...fixture, source: "e2e:fixtures" });
  if (!fixture.active) await db.user.update({ where: { id: userId }, data: { isActive: false } });
}
await seedSocialFixtures();
await closePasswordPool();
await db.$disconnect();
console.log(`Seeded ${Object.keys(FIXTURE_USERS).length} fixture accounts.`);
