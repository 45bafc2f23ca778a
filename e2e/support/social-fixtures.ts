// Accounts for the social sign-in tests, created by seed-fixtures.ts before the server starts.
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { DEACTIVATED_SOCIAL, VERIFIED_USERS } from "./social-users";

export async function seedSocialFixtures(): Promise<void> {
  for (const fixture of Object.values(VERIFIED_USERS)) {
    await provisionUser({ ...fixture, roles: ["user"], source: "e2e:fixtures" });
  }
  const { userId } = await provisionUser({ email: DEACTIVATED_SOCIAL.email, password: DEACTIVATED_SOCIAL.password, roles: ["user"], source: "e2e:fixtures" });
  await db.user.update({ where: { id: userId }, data: { isActive: false } });
  await db.account.createMany({
    data: [
      { userId, type: "oidc", provider: "google", providerAccountId: DEACTIVATED_SOCIAL.google },
      { userId, type: "oauth", provider: "github", providerAccountId: DEACTIVATED_SOCIAL.github },
    ],
  });
}
