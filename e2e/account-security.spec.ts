import { expect, test, type Page } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { E2E_URL } from "./support/env";
import { linkIn, mailTo, waitForMail } from "./support/mail/mailbox";
import { chooseNewPassword, requestReset } from "./support/mail/forgot-password";
import { LoginPage, uniqueEmail } from "./support/pages";

// Each case registers, signs in two or three browsers and hashes new passwords: on a loaded
// 2-core machine that alone can take most of the default 30 s.
test.setTimeout(60_000);

const fieldError = (page: Page, form: "Change password" | "Change email", field: string) =>
  page.getByRole("form", { name: form }).locator(`[data-field-error="${field}"]`);

async function changePassword(page: Page, current: string, next: string) {
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(current);
  await form.getByLabel("New password", { exact: true }).fill(next);
  await form.getByLabel("Confirm new password").fill(next);
  await form.getByRole("button", { name: "Change password" }).click();
}

async function changeEmail(page: Page, newEmail: string, password: string) {
  const form = page.getByRole("form", { name: "Change email" });
  await form.getByLabel("New email").fill(newEmail);
  await form.getByLabel("Current password").fill(password);
  await form.getByRole("button", { name: "Send confirmation link" }).click();
}

test("change password: the current one is required, other sessions end, this one stays", async ({ page, browser }) => {
  const account = await registerAccount(page, "chpw");
  const { context: here, page: settings } = await signedInBrowser(browser, account);
  const { context: elsewhere, page: other } = await signedInBrowser(browser, account);

  await settings.goto("/settings/security");
  await changePassword(settings, "not my password at all", "my fresh settings passphrase");
  await expect(fieldError(settings, "Change password", "currentPassword")).toHaveText("That is not your current password");

  await changePassword(settings, account.password, "my fresh settings passphrase");
  await expect(settings.getByTestId("form-done")).toHaveText("Password changed. 1 other session was signed out.");

  await settings.reload();
  await expect(settings).toHaveURL(/\/settings\/security$/);
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login\?sessionEnded=1$/);

  const mail = await waitForMail(account.email, /^Your password was changed$/);
  expect(mail.text).toContain("changed from Settings");
  const login = new LoginPage(other);
  await login.signIn(account.email, "my fresh settings passphrase");
  await expect(other).toHaveURL(/\/dashboard$/);
  await here.close();
  await elsewhere.close();
});

test("change email: a link to the new address, a notice to the old one, and the switch only once it is opened", async ({ page, browser }) => {
  const account = await registerAccount(page, "chmail");
  const newEmail = uniqueEmail("chmail-new");
  const { context, page: settings } = await signedInBrowser(browser, account);

  await settings.goto("/settings/security");
  await changeEmail(settings, account.email.toUpperCase(), account.password);
  await expect(fieldError(settings, "Change email", "newEmail")).toHaveText("That is already your email address");
  await changeEmail(settings, newEmail, "wrong password here");
  await expect(fieldError(settings, "Change email", "currentPassword")).toHaveText("That is not your current password");
  await changeEmail(settings, newEmail, account.password);
  await expect(settings.getByTestId("form-done")).toContainText(`We sent a link to ${newEmail}`);

  const notice = await waitForMail(account.email, /^A change of your email address was requested$/);
  expect(notice.text).toContain(newEmail);
  const link = linkIn(await waitForMail(newEmail, /^Confirm your new email address$/), `${E2E_URL}/verify-email?token=`);

  // Nothing has changed yet.
  await settings.reload();
  await expect(settings.getByTestId("current-email")).toContainText(account.email);

  // The link alone does nothing without the account's own session.
  await page.goto(link);
  await expect(page.getByTestId("sign-in-to-confirm")).toContainText(`To change your address to ${newEmail}`);

  await settings.goto(link);
  await settings.getByRole("button", { name: "Change my email address" }).click();
  await expect(settings.getByTestId("email-confirmed")).toHaveText(`Your account now uses ${newEmail}. Sign in with this address from now on.`);
  // The new address is proven by the link: the banner the unconfirmed registration showed goes at once.
  await expect(settings.getByTestId("verify-email-banner")).toHaveCount(0);
  await settings.goto("/settings/security");
  await expect(settings.getByTestId("current-email")).toContainText(newEmail);
  const told = await waitForMail(account.email, /^Your email address was changed$/);
  expect(told.text).toContain(newEmail);
  await context.close();

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(login.formError()).toHaveText("Incorrect email or password.");
  await login.signIn(newEmail, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("change email to an address that has an account: the same answer, and no link to take it", async ({ page, browser }) => {
  const owner = await registerAccount(page, "taken-owner");
  const account = await registerAccount(page, "taken-asker");
  const { context, page: settings } = await signedInBrowser(browser, account);

  await settings.goto("/settings/security");
  await changeEmail(settings, owner.email, account.password);
  await expect(settings.getByTestId("form-done")).toContainText(`We sent a link to ${owner.email}`);

  const notice = await waitForMail(owner.email, /^Your email address was entered on another account$/);
  expect(notice.text).not.toContain("/verify-email");
  await waitForMail(account.email, /^A change of your email address was requested$/);
  expect(await mailTo(owner.email, /^Confirm your new email address$/)).toHaveLength(0);
  await context.close();
});

test("a pending change of address ends when the owner resets the password, as the notice advises", async ({ page, browser }) => {
  const account = await registerAccount(page, "hijack");
  const attackerAddress = uniqueEmail("hijack-attacker");
  // Someone who knows the password asks to move the account to their own address…
  const { context, page: attacker } = await signedInBrowser(browser, account);
  await attacker.goto("/settings/security");
  await changeEmail(attacker, attackerAddress, account.password);
  await expect(attacker.getByTestId("form-done")).toBeVisible();
  const link = linkIn(await waitForMail(attackerAddress, /^Confirm your new email address$/), `${E2E_URL}/verify-email?token=`);
  const notice = await waitForMail(account.email, /^A change of your email address was requested$/);
  expect(notice.text).toContain("reset your password now");

  // …the owner resets the password, which signs the attacker out and cancels the change.
  await requestReset(page, account.email);
  await page.goto(linkIn(await waitForMail(account.email, /^Reset your password$/), `${E2E_URL}/reset-password?token=`));
  await chooseNewPassword(page, "the owner takes it back passphrase");
  await expect(page).toHaveURL(/\/login\?passwordReset=1$/);

  await attacker.goto(link);
  await expect(attacker.getByTestId("link-problem")).toHaveText("This link was replaced or cancelled");
  await context.close();
});
