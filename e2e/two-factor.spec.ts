// Authenticator apps end to end on the factors server: the codes come from the test's own TOTP
// implementation (test-support/totp-code.ts) and the key the page shows; time steps move with
// the server's test clock (FACTORS_CLOCK_FILE), never by sleeping.
import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";
import { totpCode } from "../test-support/totp-code";
import { registerAccount, signedInBrowser, type NewAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { FACTORS_CLOCK_FILE, FACTORS_URL } from "./support/env";
import { LoginPage } from "./support/pages";
import { VirtualAuthenticator } from "./support/passkeys";

test.use({ baseURL: FACTORS_URL });
test.setTimeout(120_000);

let offsetMs = 0;
/** Moves the server's clock (and the test's idea of it) by whole minutes, so every step is fresh. */
function advanceClock(minutes: number) {
  offsetMs += minutes * 60_000;
  writeFileSync(FACTORS_CLOCK_FILE, String(offsetMs));
}
const codeNow = (key: string) => totpCode(key, Date.now() + offsetMs);
test.afterAll(() => writeFileSync(FACTORS_CLOCK_FILE, "0"));

async function enrol(page: Page): Promise<{ key: string; recoveryCodes: string[] }> {
  await page.goto("/settings/security");
  await page.getByRole("link", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  const key = ((await page.getByTestId("totp-key").textContent()) ?? "").replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Code from your app").fill(codeNow(key));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("form-done")).toHaveText("Two-step verification is on.");
  const recoveryCodes = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  return { key, recoveryCodes };
}

async function passwordStep(page: Page, account: NewAccount) {
  await page.context().clearCookies({ name: "authjs.session-token" });
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/login\/two-factor\?callbackUrl=%2Fdashboard$/);
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("enrol an authenticator app, then sign in with its codes: ±1 step, no replay, recovery codes once", async ({ page, browser }) => {
  const account = await registerAccount(page, "totp");
  const { context, page: owner } = await signedInBrowser(browser, account, FACTORS_URL);
  const { key, recoveryCodes } = await enrol(owner);
  await owner.goto("/settings/security");
  await expect(owner.getByTestId("two-factor-status")).toContainText("10 recovery codes left");
  await context.close();

  // The password alone gives no session: the dashboard still sends this browser to sign in.
  advanceClock(1);
  await passwordStep(page, account);
  expect(await seriousViolations(page)).toEqual([]);
  // No passkey: the page asks for the app's code (or a recovery code) only.
  await expect(page.getByRole("button", { name: "Use a passkey" })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);

  await passwordStep(page, account);
  await enterCode(page, String((Number(codeNow(key)) + 500_000) % 1_000_000).padStart(6, "0"));
  await expect(page.locator('[data-field-error="code"]')).toHaveText(/That code is not right/);
  // The previous step's code still works (±1 step).
  const code = totpCode(key, Date.now() + offsetMs - 30_000);
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The same code again, in a fresh sign-in within its window: refused.
  await passwordStep(page, account);
  await enterCode(page, code);
  await expect(page.locator('[data-field-error="code"]')).toHaveText(/That code is not right/);

  // A recovery code alone completes the sign-in, once, and says how many remain.
  await enterCode(page, recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/settings\/security\?recoveryCodeUsed=1$/);
  await expect(page.getByTestId("recovery-codes-left")).toContainText("9 recovery codes are left");
  await passwordStep(page, account);
  await enterCode(page, recoveryCodes[0]!);
  await expect(page.locator('[data-field-error="code"]')).toHaveText(/That code is not right/);

  // A later step's code signs in.
  advanceClock(1);
  await enterCode(page, codeNow(key));
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("new recovery codes void the old ones; removing the app turns the challenge off", async ({ page }) => {
  const account = await registerAccount(page, "totp-manage");
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const { key, recoveryCodes } = await enrol(page);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const fresh = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  expect(fresh).not.toContain(recoveryCodes[0]);

  await passwordStep(page, account);
  await enterCode(page, recoveryCodes[0]!);
  await expect(page.locator('[data-field-error="code"]')).toHaveText(/That code is not right/);
  advanceClock(1);
  await enterCode(page, codeNow(key));
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Remove authenticator app" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("Off.");
  await page.context().clearCookies({ name: "authjs.session-token" });
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the challenge page without a pending sign-in offers only to sign in again", async ({ page }) => {
  await page.goto("/login/two-factor");
  await expect(page.getByTestId("pending-expired")).toBeVisible();
  await expect(page.getByLabel("Code", { exact: true })).toHaveCount(0);
});

test("step-up: after 10 minutes a password change and removing the app ask for a fresh proof, then complete", async ({ page }) => {
  const account = await registerAccount(page, "step-up");
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const { key } = await enrol(page);

  // The session is now 11 minutes old by the server's clock.
  advanceClock(11);
  await page.goto("/settings/security");
  const form = page.getByRole("form", { name: "Change password" });
  const newPassword = "step-up brand new passphrase";
  const changePassword = async () => {
    await form.getByLabel("Current password").fill(account.password);
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("Confirm new password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
  };
  await changePassword();
  await expect(page).toHaveURL(/\/settings\/confirm-identity\?next=%2Fsettings%2Fsecurity$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Your password", { exact: true }).fill("not my password at all");
  await page.getByRole("button", { name: "Confirm with password" }).click();
  await expect(page.locator('[data-field-error="password"]')).toHaveText("That is not your password");
  await page.getByLabel("Your password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Confirm with password" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await changePassword();
  await expect(page.getByTestId("form-done")).toHaveText(/^Password changed\./);

  // Eleven more minutes: removing the app asks again; a code from it is a fresh proof too.
  advanceClock(11);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Remove authenticator app" }).click();
  await expect(page).toHaveURL(/\/settings\/confirm-identity\?next=%2Fsettings%2Fsecurity$/);
  await page.getByLabel("Code from your authenticator app", { exact: true }).fill(codeNow(key));
  await page.getByRole("button", { name: "Confirm with code" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await page.getByRole("button", { name: "Remove authenticator app" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("Off.");
});

test("a passkey is the second step after a password; removing it asks for a fresh proof, which a passkey gives", async ({ page }) => {
  const account = await registerAccount(page, "passkey-second-step");
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await enrol(page);
  let key = await VirtualAuthenticator.attach(page);
  await page.goto("/settings/security");
  await page.getByLabel("Passkey name").fill("Laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByTestId("passkey-done")).toHaveText("Passkey “Laptop” added. You can now sign in with it.");
  await page.reload();
  await expect(page.getByTestId("two-factor-status")).toContainText("a code from your authenticator app or one of your passkeys");

  // The password, then the passkey. (The authenticator leaves the tab while the sign-in page is
  // open, or the browser's passkey autofill there would sign in with it alone.)
  const [credential] = await key.credentials();
  await key.detach();
  await passwordStep(page, account);
  key = await VirtualAuthenticator.attach(page);
  await key.add(credential!);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Eleven minutes on, removing the passkey asks for a fresh proof; the passkey gives it.
  advanceClock(11);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Remove Laptop" }).click();
  await expect(page).toHaveURL(/\/settings\/confirm-identity\?next=%2Fsettings%2Fsecurity$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Confirm with a passkey" }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await page.getByRole("button", { name: "Remove Laptop" }).click();
  await expect(page.getByTestId("passkey-done")).toHaveText("Passkey “Laptop” removed.");
  await expect(page.getByTestId("no-passkeys")).toBeVisible();

  // The app alone guards the second step again; the removed passkey signs in nowhere.
  await key.detach();
  await passwordStep(page, account);
  await expect(page.getByRole("button", { name: "Use a passkey" })).toHaveCount(0);
  await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
});
