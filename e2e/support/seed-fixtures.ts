// Creates the fixture accounts in the e2e database (run by playwright.config.ts's webServer).
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { closePasswordPool } from "@/lib/password/hash";
import { FIXTURE_USERS } from "./users";
import { seedSocialFixtures } from "./social-fixtures";
import { bulkUsers } from "./bulk-users";
import { BULK_AUDIT_SUBJECT, bulkAuditEvents } from "./bulk-audit";

await applyMigrations({ url: databaseUrl() });
for (const fixture of Object.values(FIXTURE_USERS)) {
  const { userId } = await provisionUser({ ...fixture, source: "e2e:fixtures" });
  if (!fixture.active) await db.user.update({ where: { id: userId }, data: { isActive: false } });
  if ("locked" in fixture && fixture.locked) {
    await db.user.update({
      where: { id: userId },
      data: { failedSignInCount: 10, lastFailedSignInAt: new Date(), lockedUntil: new Date(Date.now() + 3_600_000) },
    });
  }
}
await seedSocialFixtures();
// The admin table's bulk accounts (see bulk-users.ts).
{
  for (const bulk of bulkUsers()) {
    await db.user.create({
      data: {
        email: bulk.email,
        name: bulk.name,
        isActive: bulk.active,
        createdAt: bulk.createdAt,
        passwordHash: bulk.password ? "$2b$10$unusable.hash.for.listing.only.................." : null,
        roles: { create: bulk.roles.map((roleName) => ({ roleName })) },
        accounts: bulk.provider ? { create: { type: "oidc", provider: "github", providerAccountId: bulk.email } } : undefined,
      },
    });
  }
}
// The security log's paging events (see bulk-audit.ts).
{
  const subject = await db.user.create({ data: { email: BULK_AUDIT_SUBJECT, name: "Logan Logged", roles: { create: [{ roleName: "user" }] } } });
  await db.auditEvent.createMany({ data: bulkAuditEvents().map((event) => ({ ...event, subjectId: subject.id, ip: "198.51.100.7" })) });
}
await closePasswordPool();
await db.$disconnect();
console.log(`Seeded ${Object.keys(FIXTURE_USERS).length} fixture accounts.`);

