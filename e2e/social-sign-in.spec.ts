import { expect, test, type Page } from "./support/test";
import { RegisterPage, signInAs, uniqueEmail } from "./support/pages";
import { PROVIDER_NAMES, ProviderConsentPage, signInWithProvider, uniqueProviderId, type ProviderId } from "./support/providers";
import { DEACTIVATED_SOCIAL, VERIFIED_USERS } from "./support/social-users";
import { E2E_URL } from "./support/env";
import { chooseNewPassword } from "./support/mail/forgot-password";
import { linkIn, waitForMail } from "./support/mail/mailbox";
import { LoginPage } from "./support/pages";

const ACCOUNT_EXISTS = (name: string) =>
  `An account with this email already exists. Sign in with your password, then connect ${name} from Settings.`;

async function currentUser(page: Page): Promise<{ id: string; email: string; roles: string[] }> {
  const response = await page.request.get("/api/me");
  expect(response.status()).toBe(200);
  return response.json();
}

async function expectSignedOut(page: Page) {
  expect((await page.request.get("/api/me")).status()).toBe(401);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

/** Registers a password account through the real form (its email stays unverified). */
async function registerWithPassword(page: Page, email: string, password: string) {
  const register = new RegisterPage(page);
  await register.goto();
  await register.fill({ name: "Pat Password", email, password });
  await register.submit();
  await expect(page).toHaveURL(/\/register\/check-email$/);
}

test("/login and /register offer a button for each configured provider", async ({ page }) => {
  for (const path of ["/login", "/register"]) {
    await page.goto(path);
    const buttons = page.getByTestId("social-sign-in").getByRole("button");
    await expect(buttons).toHaveText(["Continue with Google", "Continue with GitHub"]);
  }
});

for (const provider of ["google", "github"] as const satisfies readonly ProviderId[]) {
  const name = PROVIDER_NAMES[provider];
  const linkFixture = provider === "google" ? VERIFIED_USERS.googleLink : VERIFIED_USERS.githubLink;

  test.describe(`${name} sign-in`, () => {
    test("a new person gets an account with the user role, and comes back to the same one", async ({ page }) => {
      const identity = { id: uniqueProviderId(provider), email: uniqueEmail(`new-${provider}`) };
      await signInWithProvider(page, provider, identity);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByTestId("user-email")).toHaveText(identity.email);
      const first = await currentUser(page);
      expect(first.roles).toEqual(["user"]);
      await expect(page.getByRole("main").getByText("Last sign-in").locator("..")).not.toContainText("Never");

      // Role gates hold for social users exactly as for password users.
      const admin = await page.goto("/admin");
      expect(admin?.status()).toBe(403);

      await page.goto("/dashboard");
      await signOut(page);
      await expectSignedOut(page);
      // The provider now reports another email: the returning sign-in is keyed on the account id.
      await signInWithProvider(page, provider, { ...identity, email: uniqueEmail(`changed-${provider}`) });
      await expect(page).toHaveURL(/\/dashboard$/);
      expect((await currentUser(page)).id).toBe(first.id);
      await page.goto("/settings/connections");
      await expect(page.getByTestId(`connection-${provider}`)).toHaveCount(1);
      await expect(page.getByTestId("connection-password")).toContainText("Not set");
    });

    test("links to an existing account when both sides have the email verified", async ({ page }) => {
      await signInWithProvider(page, provider, { id: uniqueProviderId(provider), email: linkFixture.email, verified: true, publicEmail: true });
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByTestId("user-email")).toHaveText(linkFixture.email);
      await page.goto("/settings/connections");
      await expect(page.getByTestId(`connection-${provider}`)).toContainText(`${name} connected`);
      await expect(page.getByTestId("connection-password")).toContainText("Set");
    });

    test("pre-hijack: an unverified password account with the victim's email is not linked", async ({ browser }) => {
      const victimEmail = uniqueEmail(`victim-${provider}`);
      const attackerPassword = "attacker registered this first";
      const attacker = await browser.newPage();
      await registerWithPassword(attacker, victimEmail, attackerPassword);

      const victim = await browser.newPage();
      const victimIdentity = { id: uniqueProviderId(provider), email: victimEmail, verified: true };
      await signInWithProvider(victim, provider, victimIdentity);
      await expect(victim).toHaveURL(/\/login\?/);
      await expect(victim.getByTestId("sign-in-error")).toHaveText(ACCOUNT_EXISTS(name));
      await expectSignedOut(victim);

      // The password holder's account gained nothing from the victim's provider identity.
      await signInAs(attacker, victimEmail, attackerPassword);
      await attacker.goto("/settings/connections");
      await expect(attacker.getByTestId("connections")).not.toContainText(name);
      await expect(attacker.getByTestId(`connection-${provider}`)).toHaveCount(0);
      await attacker.close();
      await victim.close();
    });

    test("a provider that does not vouch for the email gets no link", async ({ page }) => {
      await signInWithProvider(page, provider, {
        id: uniqueProviderId(provider),
        email: VERIFIED_USERS.unverifiedClaim.email,
        verified: false,
        publicEmail: true,
      });
      await expect(page.getByTestId("sign-in-error")).toHaveText(ACCOUNT_EXISTS(name));
      await expectSignedOut(page);
      await signInAs(page, VERIFIED_USERS.unverifiedClaim.email, VERIFIED_USERS.unverifiedClaim.password);
      await page.goto("/settings/connections");
      await expect(page.getByTestId(`connection-${provider}`)).toHaveCount(0);
    });

    test("connect from settings links the signed-in user even with another email; disconnect removes it", async ({ page }) => {
      const email = uniqueEmail(`connect-${provider}`);
      const password = "connect this account please";
      await registerWithPassword(page, email, password);
      await signInAs(page, email, password);
      const me = await currentUser(page);
      // Providers connect only to a proven address.
      await page.goto(linkIn(await waitForMail(email, /^Confirm your email address$/), `${E2E_URL}/verify-email?token=`));
      await page.getByRole("button", { name: "Confirm email address" }).click();
      await expect(page.getByTestId("email-confirmed")).toBeVisible();

      await page.goto("/settings/connections");
      await page.getByRole("button", { name: `Connect ${name}` }).click();
      const identity = { id: uniqueProviderId(provider), email: uniqueEmail(`elsewhere-${provider}`) };
      await new ProviderConsentPage(page, provider).allow(identity);
      await expect(page).toHaveURL(new RegExp(`/settings/connections\\?connected=${provider}$`));
      await expect(page.getByTestId("connections-notice")).toHaveText(`${name} is connected.`);
      await expect(page.getByTestId(`connection-${provider}`)).toContainText(`${name} connected`);
      // Connecting kept the session it was started from.
      expect((await currentUser(page)).id).toBe(me.id);
      const notice = await waitForMail(email, /^A sign-in method was connected to your account$/);
      expect(notice.text).toContain(`${name} was connected to your Gatehouse account`);

      await signOut(page);
      await signInWithProvider(page, provider, identity);
      await expect(page).toHaveURL(/\/dashboard$/);
      expect((await currentUser(page)).id).toBe(me.id);

      await page.goto("/settings/connections");
      await page.getByRole("button", { name: `Disconnect ${name}` }).click();
      await expect(page.getByTestId("connections-notice")).toHaveText(`${name} is disconnected.`);
      await expect(page.getByTestId(`connection-${provider}`)).toHaveCount(0);
    });

    test("the last way to sign in cannot be disconnected", async ({ page }) => {
      await signInWithProvider(page, provider, { id: uniqueProviderId(provider), email: uniqueEmail(`only-${provider}`) });
      await expect(page).toHaveURL(/\/dashboard$/);
      await page.goto("/settings/connections");
      await page.getByRole("button", { name: `Disconnect ${name}` }).click();
      await expect(page.getByTestId("connections-error")).toHaveText(
        "You can't disconnect your only way to sign in. Connect another provider first, or set a password.",
      );
      await expect(page.getByTestId(`connection-${provider}`)).toHaveCount(1);
    });

    test("consent denied lands on /login with a friendly message", async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: `Continue with ${name}` }).click();
      await new ProviderConsentPage(page, provider).deny();
      await expect(page).toHaveURL(/\/login\?/);
      await expect(page.getByTestId("sign-in-error")).toHaveText(
        "The sign-in was cancelled or refused at the provider. You have not been signed in.",
      );
      await expectSignedOut(page);
    });

    test("a tampered state is rejected", async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: `Continue with ${name}` }).click();
      const consent = new ProviderConsentPage(page, provider);
      await consent.fill({ id: uniqueProviderId(provider), email: uniqueEmail(`state-${provider}`) });
      await page.locator('input[name="state"]').evaluate((input: HTMLInputElement) => {
        input.value = `${input.value.slice(0, -4)}AAAA`;
      });
      await page.getByRole("button", { name: "Allow" }).click();
      await expect(page).toHaveURL(/\/login\?error=/);
      await expect(page.getByTestId("sign-in-error")).toContainText("We couldn't complete the sign-in");
      await expect(page.locator("body")).not.toContainText(/at .*\.js|Error:/);
      await expectSignedOut(page);
    });

    test("a failed token exchange lands on /login with no code or token in the URL", async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: `Continue with ${name}` }).click();
      const consent = new ProviderConsentPage(page, provider);
      await consent.fill({ id: uniqueProviderId(provider), email: uniqueEmail(`fail-${provider}`) });
      await page.getByLabel("Fail the token exchange").check();
      await page.getByRole("button", { name: "Allow" }).click();
      await expect(page).toHaveURL(/\/login\?error=/);
      expect(page.url()).not.toMatch(/code=|token/i);
      await expect(page.getByTestId("sign-in-error")).toContainText("We couldn't complete the sign-in");
      await expectSignedOut(page);
    });

    test("an unreachable provider lands on /login with a friendly message", async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: `Continue with ${name}` }).click();
      await new ProviderConsentPage(page, provider).fill({ id: uniqueProviderId(provider), email: uniqueEmail(`down-${provider}`) });
      await page.getByLabel("Unreachable at the token endpoint").check();
      await page.getByRole("button", { name: "Allow" }).click();
      await expect(page).toHaveURL(/\/login\?error=/);
      await expect(page.getByTestId("sign-in-error")).toContainText("We couldn't complete the sign-in");
      await expectSignedOut(page);
    });

    test("a deactivated user cannot sign in through the provider", async ({ page }) => {
      await signInWithProvider(page, provider, { id: DEACTIVATED_SOCIAL[provider], email: DEACTIVATED_SOCIAL.email });
      await expect(page.getByTestId("sign-in-error")).toHaveText("This account can't sign in. Contact an administrator.");
      await expectSignedOut(page);
    });
  });
}

test("/settings/connections needs a signed-in user", async ({ page }) => {
  await page.goto("/settings/connections");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings%2Fconnections$/);
});

test("a GitHub account without a verified email cannot create an account, and is told why", async ({ page }) => {
  await signInWithProvider(page, "github", { id: uniqueProviderId("github"), email: uniqueEmail("unverified-gh"), verified: false });
  await expect(page.getByTestId("sign-in-error")).toHaveText(
    "Your GitHub account has no verified email address, so it can't be used to create an account. Verify an email address with GitHub, then try again.",
  );
  await expectSignedOut(page);
});

test("GitHub with a private email uses the primary verified address from /user/emails", async ({ page }) => {
  const email = uniqueEmail("private-gh");
  await signInWithProvider(page, "github", { id: uniqueProviderId("github"), email, publicEmail: false });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("user-email")).toHaveText(email);
});

test("a social-only account sets its first password through an emailed link", async ({ page }) => {
  const identity = { id: uniqueProviderId("google"), email: uniqueEmail("first-password") };
  await signInWithProvider(page, "google", identity);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Email me a link to set a password" }).click();
  await expect(page.getByTestId("form-done")).toHaveText(`We sent a link to ${identity.email}. It works for 30 minutes.`);
  const link = linkIn(await waitForMail(identity.email, /^Reset your password$/), `${E2E_URL}/reset-password?token=`);

  await page.goto(link);
  await chooseNewPassword(page, "my first ever gatehouse passphrase");
  await expect(page).toHaveURL(/\/login\?passwordReset=1$/);
  await new LoginPage(page).signIn(identity.email, "my first ever gatehouse passphrase");
  await expect(page).toHaveURL(/\/dashboard$/);
});
