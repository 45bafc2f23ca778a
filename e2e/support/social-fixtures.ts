// Accounts for the social sign-in tests, created by seed-fixtures.ts before the server starts.
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";

/** Password accounts whose email is verified (provisioned accounts are). */
export const VERIFIED_USERS = {
  googleLink: { email: "verified-google@e2e.test", password: "verified google passphrase", name: "Vera Google" },
  githubLink: { email: "verified-github@e2e.test", password: "verified github passphrase", name: "Vic GitHub" },
  unverifiedClaim: { email: "verified-target@e2e.test", password: "verified target passphrase", name: "Tess Target" },
} as const;

/** A deactivated user who signs in only through providers, linked to these provider accounts. */
export const DEACTIVATED_SOCIAL = {
  email: "gone-social@e2e.test",
  password: "deactivated social passphrase",
  google: "google-sub-deactivated",
  github: "990001",
} as const;

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
