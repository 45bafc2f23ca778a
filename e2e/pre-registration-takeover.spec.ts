import { expect, test, type Browser, type Page } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { E2E_URL } from "./support/env";
import { chooseNewPassword, requestReset } from "./support/mail/forgot-password";
import { linkIn, waitForMail } from "./support/mail/mailbox";
import { LoginPage } from "./support/pages";
import { ProviderConsentPage, uniqueProviderId } from "./support/providers";

// Issue 12, item 1: someone registers the victim's address with their own password and tries to
// keep a way in (their password, a provider they connect) until the victim confirms the address.

async function whoIsSignedIn(page: Page): Promise<string | null> {
  const response = await page.request.get("/api/me");
  return response.status() === 200 ? ((await response.json()) as { email: string }).email : null;
}

/** A password sign-in from a fresh browser that must be refused with the one generic answer. */
async function expectPasswordRefused(browser: Browser, email: string, password: string): Promise<void> {
  const context = await browser.newContext({ baseURL: E2E_URL });
  const login = new LoginPage(await context.newPage());
  await login.goto();
  await login.signIn(email, password);
  await expect(login.formError()).toHaveText("Incorrect email or password.");
  await context.close();
}

test("pre-registration takeover: the address's owner ends up the only one who can sign in", async ({ page, browser }) => {
  // Two registrations' worth of hashing, five sign-ins and two provider round trips.
  test.setTimeout(90_000);
  const attacker = await registerAccount(page, "pre-hijack");
  const confirmLink = linkIn(await waitForMail(attacker.email, /^Confirm your email address$/), `${E2E_URL}/verify-email?token=`);
  const { context: attackerContext, page: attackerPage } = await signedInBrowser(browser, attacker);

  // No provider can be connected while the address is unproven: not from the page...
  const attackerGitHub = { id: uniqueProviderId("github"), email: `gh-${attacker.email}` };
  const unproven = `Confirm ${attacker.email} before connecting GitHub: open the link we emailed to it while signed in.`;
  await attackerPage.goto("/settings/connections");
  await attackerPage.getByRole("button", { name: "Connect GitHub" }).click();
  await expect(attackerPage).toHaveURL(/\/settings\/connections\?error=AddressUnproven&provider=github$/);
  await expect(attackerPage.getByTestId("connections-error")).toHaveText(unproven);
  // ...nor by starting Auth.js's provider sign-in directly while signed in.
  const { csrfToken } = (await (await attackerPage.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const started = await attackerPage.request.post("/api/auth/signin/github", {
    form: { csrfToken, callbackUrl: "/settings/connections" },
    headers: { origin: E2E_URL },
    maxRedirects: 0,
  });
  expect(started.status()).toBe(302);
  await attackerPage.goto(started.headers().location!);
  await new ProviderConsentPage(attackerPage, "github").allow(attackerGitHub);
  await expect(attackerPage).toHaveURL(/\/settings\/connections\?error=AddressUnproven&provider=github$/);
  await expect(attackerPage.getByTestId("connections-error")).toHaveText(unproven);
  await expect(attackerPage.getByTestId("connection-github")).toHaveCount(0);

  // The owner of the mailbox opens the link in a browser that is not the registrant's session:
  // confirming needs the registrant's session, so nothing is confirmed, and the page offers the
  // reset that takes the address back.
  const victimContext = await browser.newContext({ baseURL: E2E_URL });
  const victim = await victimContext.newPage();
  await victim.goto(confirmLink);
  await expect(victim.getByTestId("sign-in-to-confirm")).toContainText(`sign in to the account registered with ${attacker.email}`);
  await expect(victim.getByRole("button", { name: "Confirm email address" })).toHaveCount(0);
  await attackerPage.goto("/dashboard");
  await expect(attackerPage.getByTestId("verify-email-banner")).toBeVisible();

  // The reset proves the mailbox for the first time: every session, the old password and every
  // earlier provider link go.
  await victim.getByRole("link", { name: "reset its password" }).click();
  await expect(victim).toHaveURL(/\/forgot-password$/);
  await requestReset(victim, attacker.email);
  const reset = linkIn(await waitForMail(attacker.email, /^Reset your password$/), `${E2E_URL}/reset-password?token=`);
  await victim.goto(reset);
  const victimPassword = "the real owner of this mailbox";
  await chooseNewPassword(victim, victimPassword);
  await expect(victim).toHaveURL(/\/login\?passwordReset=1$/);

  await expectPasswordRefused(browser, attacker.email, attacker.password);
  await attackerPage.goto("/dashboard");
  await expect(attackerPage).toHaveURL(/\/login/);
  expect(await whoIsSignedIn(attackerPage)).toBeNull();

  // The attacker's GitHub account does not reach the victim's account.
  await attackerPage.goto("/login");
  await attackerPage.getByRole("button", { name: "Continue with GitHub" }).click();
  await new ProviderConsentPage(attackerPage, "github").allow(attackerGitHub);
  await expect(attackerPage).toHaveURL(/\/dashboard$/);
  expect(await whoIsSignedIn(attackerPage)).toBe(attackerGitHub.email);

  // The owner signs in with the new password, confirms from their own session, and is alone.
  const login = new LoginPage(victim);
  await login.goto();
  await login.signIn(attacker.email, victimPassword);
  await expect(victim).toHaveURL(/\/dashboard$/);
  await victim.goto("/settings/connections");
  await expect(victim.getByTestId("connection-github")).toHaveCount(0);
  await victim.goto("/settings/sessions");
  await expect(victim.getByTestId("session-row")).toHaveCount(1);
  await attackerContext.close();
  await victimContext.close();
});

test("the registrant confirms from their own session, and may then connect a provider", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const account = await registerAccount(page, "own-session");
  const confirmLink = linkIn(await waitForMail(account.email, /^Confirm your email address$/), `${E2E_URL}/verify-email?token=`);
  const { context, page: signedIn } = await signedInBrowser(browser, account);
  await signedIn.goto(confirmLink);
  await signedIn.getByRole("button", { name: "Confirm email address" }).click();
  await expect(signedIn.getByTestId("email-confirmed")).toHaveText(`Thanks, ${account.email} is confirmed.`);
  // The password still works: the registrant proved the address themselves.
  await (await signedInBrowser(browser, account)).context.close();

  await signedIn.goto("/settings/connections");
  await signedIn.getByRole("button", { name: "Connect GitHub" }).click();
  await new ProviderConsentPage(signedIn, "github").allow({ id: uniqueProviderId("github"), email: `gh-${account.email}` });
  await expect(signedIn).toHaveURL(/\/settings\/connections\?connected=github$/);
  await expect(signedIn.getByTestId("connection-github")).toHaveCount(1);
  await context.close();
});
