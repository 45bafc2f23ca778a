// The lockout an attacker cannot aim at the owner (OWASP device cookies), on the factors server:
// its own database, the default lockout threshold (10), rate limits relaxed so the lock is what
// answers.
import { expect, test } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { FACTORS_URL } from "./support/env";
import { LoginPage } from "./support/pages";

test.use({ baseURL: FACTORS_URL });
// Thirty-odd real sign-ins on two shared cores.
test.setTimeout(180_000);

test("an attacker's 30 failures lock out unknown clients; the owner's known browser still signs in", async ({ page, browser }) => {
  const owner = await registerAccount(page, "aimed");
  // The owner's browser signed in before the attack, then signed out: it keeps its device cookie.
  const { context: ownerContext, page: ownerPage } = await signedInBrowser(browser, owner, FACTORS_URL);
  await ownerPage.getByRole("button", { name: "Sign out" }).click();
  await expect(ownerPage).toHaveURL(/\/login\?signedOut=1$/);

  const attacker = new LoginPage(page);
  await attacker.goto();
  for (let attempt = 1; attempt <= 30; attempt++) {
    // The answer is the same text every time: wait for this attempt's own response.
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/login"));
    await attacker.signIn(owner.email, `guess number ${attempt} of many`);
    await answered;
    await expect(attacker.formError()).toHaveText("Incorrect email or password.");
  }

  // Another unknown client with the right password: refused, with the same answer as a wrong one.
  const stranger = await browser.newContext({ baseURL: FACTORS_URL });
  const strangerPage = await stranger.newPage();
  const strangerLogin = new LoginPage(strangerPage);
  await strangerLogin.goto();
  await strangerLogin.signIn(owner.email, owner.password);
  await expect(strangerLogin.formError()).toHaveText("Incorrect email or password.");
  await expect(strangerPage).toHaveURL(/\/login$/);
  await stranger.close();

  const ownerLogin = new LoginPage(ownerPage);
  await ownerLogin.goto();
  await ownerLogin.signIn(owner.email, owner.password);
  await expect(ownerPage).toHaveURL(/\/dashboard$/);
  await ownerContext.close();
});
