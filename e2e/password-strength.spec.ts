import { expect, test, type Page } from "./support/test";
import { registerAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { E2E_URL } from "./support/env";
import { requestReset } from "./support/mail/forgot-password";
import { linkIn, waitForMail } from "./support/mail/mailbox";
import { RegisterPage, signInAs, uniqueEmail } from "./support/pages";
import { BREACHED_PASSWORD, UNANSWERED_PASSWORD } from "./support/pwned-passwords/passwords";
import { FIXTURE_USERS } from "./support/users";

// Issue 15, "Passwords people can judge": the meter under every new-password field says what the
// server will decide, with the same scorer and the same personal inputs; breached passwords are
// refused through the Pwned Passwords stand-in.

const meter = (page: Page) => page.getByTestId("password-strength");

async function expectWeakPassword1234(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).fill("password1234");
  await expect(meter(page).getByTestId("password-strength-score")).toHaveText("Strength: Weak");
  await expect(meter(page)).toContainText("(not strong enough yet)");
  await expect(meter(page).getByTestId("password-strength-advice")).toHaveText(
    "This is similar to a commonly used password. Add more words that are less common.",
  );
  await expect(meter(page)).toHaveAttribute("aria-live", "polite");
}

test("registration: the meter loads its dictionaries only when typing, and says why password1234 is weak", async ({ page }) => {
  const scriptBytes = { beforeTyping: 0, afterTyping: 0 };
  let typing = false;
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const size = (await response.body().catch(() => Buffer.alloc(0))).length;
    if (typing) scriptBytes.afterTyping += size;
    else scriptBytes.beforeTyping += size;
  });
  await page.goto("/register");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.waitForLoadState("networkidle");
  await expect(meter(page)).toBeEmpty();
  expect(await seriousViolations(page)).toEqual([]);

  typing = true;
  await expectWeakPassword1234(page, "Password");
  // The zxcvbn dictionaries (megabytes) came with the first keystroke, not with the page.
  await expect.poll(() => scriptBytes.afterTyping).toBeGreaterThan(1_000_000);
  expect(scriptBytes.beforeTyping).toBeLessThan(scriptBytes.afterTyping);

  await page.getByLabel("Password", { exact: true }).fill("granite otter lantern harbour");
  await expect(meter(page).getByTestId("password-strength-score")).toHaveText("Strength: Very strong");
  await expect(meter(page).getByTestId("password-strength-advice")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("registration: the person's name and email count against the password in the meter, as on the server", async ({ page }) => {
  const register = new RegisterPage(page);
  await register.goto();
  await page.getByLabel("Password", { exact: true }).fill("wilhelminaokafor");
  await expect(meter(page).getByTestId("password-strength-score")).toHaveText("Strength: Strong");
  await register.fill({ name: "Wilhelmina Okafor", email: uniqueEmail("wilhelmina.okafor"), password: "wilhelminaokafor" });
  await expect(meter(page).getByTestId("password-strength-score")).toHaveText("Strength: Weak");
  const advice = "There should not be any personal or page related data. Add more words that are less common.";
  await expect(meter(page).getByTestId("password-strength-advice")).toHaveText(advice);
  await register.submit();
  await expect(register.fieldError("password")).toHaveText(advice);
});

test("reset and change password show the same meter", async ({ page, browser }) => {
  const account = await registerAccount(page, "meter-reset");
  await requestReset(page, account.email);
  await page.goto(linkIn(await waitForMail(account.email, /^Reset your password$/), `${E2E_URL}/reset-password?token=`));
  await expectWeakPassword1234(page, "New password");

  const context = await browser.newContext({ baseURL: E2E_URL });
  const settings = await context.newPage();
  await signInAs(settings, FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
  await settings.goto("/settings/security");
  await expectWeakPassword1234(settings, "New password");
  await context.close();
});

test("a password seen in a data breach is refused, though zxcvbn rates it very strong", async ({ page }) => {
  const register = new RegisterPage(page);
  await register.goto();
  await register.fill({ name: "Bea Breached", email: uniqueEmail("breached"), password: BREACHED_PASSWORD });
  await expect(meter(page).getByTestId("password-strength-score")).toHaveText("Strength: Very strong");
  await register.submit();
  await expect(register.fieldError("password")).toHaveText(
    "This password has appeared in a data breach, so attackers try it first. Choose a password you have not used anywhere else.",
  );
  await expect(page).toHaveURL(/\/register$/);
});

test("when the breach service does not answer, the password is accepted (fail open, after the timeout)", async ({ page }) => {
  const register = new RegisterPage(page);
  await register.goto();
  await register.fill({ name: "Uma Unanswered", email: uniqueEmail("unanswered"), password: UNANSWERED_PASSWORD });
  await register.submit();
  await expect(page).toHaveURL(/\/register\/check-email$/, { timeout: 30_000 });
});
