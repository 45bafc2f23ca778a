// Authenticator apps end to end on the factors server: the codes come from the test's own TOTP
// implementation (test-support/totp-code.ts) and the key the page shows; time steps move with
// the server's test clock (FACTORS_CLOCK_FILE), never by sleeping.
import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";
import { totpCode } from "../test-support/totp-code";
import { registerAccount, signedInBrowser, type NewAccount } from "./support/accounts";
import { actionFieldOf, callActionDirectly, openUserAsAdmin } from "./support/admin";
import { seriousViolations } from "./support/axe";
import { FACTORS_CLOCK_FILE, FACTORS_URL } from "./support/env";
import { FACTORS_FIXTURES } from "./support/factor-users";
import { LoginPage, uniqueEmail } from "./support/pages";
import { VirtualAuthenticator } from "./support/passkeys";
import { PROVIDER_NAMES, signInWithProvider, uniqueProviderId } from "./support/providers";

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

/** No empty notice strip above the form's first field, and nothing red before the first submit. */
async function expectFormStartsAtItsField(page: Page, formName: string) {
  const form = page.getByRole("form", { name: formName });
  const formTop = (await form.boundingBox())!.y;
  const labelTop = (await form.locator("label").first().boundingBox())!.y;
  expect(labelTop - formTop).toBeLessThanOrEqual(4);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
}

async function enrol(page: Page): Promise<{ key: string; recoveryCodes: string[] }> {
  await page.goto("/settings/security");
  await page.getByRole("link", { name: "Set up an authenticator app" }).click();
  return confirmEnrolment(page);
}

/** On the authenticator-app page: reads the key, turns the app on with a code, keeps the recovery codes. */
async function confirmEnrolment(page: Page): Promise<{ key: string; recoveryCodes: string[] }> {
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  const key = ((await page.getByTestId("totp-key").textContent()) ?? "").replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFormStartsAtItsField(page, "Confirm your authenticator app");
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
  await expectFormStartsAtItsField(page, "Verify it is you");
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

test("the token API asks for the second factor too: a password alone gets an mfa_token, not tokens", async ({ page, browser }) => {
  const account = await registerAccount(page, "totp-api");
  const { context, page: owner } = await signedInBrowser(browser, account, FACTORS_URL);
  const { key, recoveryCodes } = await enrol(owner);
  await context.close();
  const api = page.request;
  const passwordStep = async () => {
    const response = await api.post("/api/v1/auth/token", { data: { email: account.email, password: account.password } });
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error: string; mfa_token: string; access_token?: string };
    expect(body.error).toBe("mfa_required");
    expect(body.access_token).toBeUndefined();
    return body.mfa_token;
  };
  const secondStep = (mfaToken: string, code: string) => api.post("/api/v1/auth/second-factor", { data: { mfa_token: mfaToken, code } });

  advanceClock(1);
  const mfaToken = await passwordStep();
  const wrong = await secondStep(mfaToken, String((Number(codeNow(key)) + 500_000) % 1_000_000).padStart(6, "0"));
  expect(wrong.status()).toBe(400);
  expect(((await wrong.json()) as { error: string }).error).toBe("invalid_grant");
  const done = await secondStep(mfaToken, codeNow(key));
  expect(done.status()).toBe(200);
  const tokens = (await done.json()) as { access_token: string; refresh_token: string };
  const me = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${tokens.access_token}` } });
  expect(((await me.json()) as { email: string }).email).toBe(account.email);
  // The mfa_token is single-use.
  expect((await secondStep(mfaToken, codeNow(key))).status()).toBe(400);

  // A recovery code alone completes it, once, and says how many are left.
  const again = await secondStep(await passwordStep(), recoveryCodes[0]!);
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { recovery_codes_left: number }).recovery_codes_left).toBe(9);
  expect((await secondStep(await passwordStep(), recoveryCodes[0]!)).status()).toBe(400);
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

test("step-up: deleting your own account after 10 minutes asks for a fresh proof, then comes back to the delete step and finishes", async ({ page }) => {
  const account = await registerAccount(page, "step-up-leaver");
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The session is now 11 minutes old by the server's clock.
  advanceClock(11);
  // Short enough that the delete card starts below the fold, so coming back to it is visible.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Delete your account" });
  await expect(form).not.toBeInViewport();
  await form.getByLabel("Type your email address to confirm").fill(account.email);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/settings\/confirm-identity\?next=%2Fsettings%23delete-account$/);
  await page.getByLabel("Your password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Confirm with password" }).click();

  await expect(page).toHaveURL(/\/settings#delete-account$/);
  await expect(page.getByTestId("settings-account")).toContainText(account.email);
  await expect(form).toBeInViewport();
  await form.getByLabel("Type your email address to confirm").fill(account.email);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/goodbye\?devices=1&apps=0$/);
  await expect(page.getByTestId("goodbye")).toContainText("You were signed out of 1 device");
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(login.formError()).toBeVisible();
});

const REQUIRED_PAGE = (next: string) => new RegExp(`/settings/security/two-factor-required\\?next=${encodeURIComponent(next)}$`);

test("roles that require a second factor: no console, editor area, admin action or admin API until enrolled, then back to where they were going", async ({ browser }) => {
  const { policyAdmin, enrolAdmin, policyEditor, target } = FACTORS_FIXTURES;

  // An admin who signs in with a password alone is sent to set up an app, and comes back after.
  const { context: enrolledContext, page: enrolled } = await signedInBrowser(browser, enrolAdmin, FACTORS_URL);
  await enrolled.goto("/admin/users");
  await expect(enrolled).toHaveURL(REQUIRED_PAGE("/admin/users"));
  await expect(enrolled.getByTestId("second-factor-required")).toContainText("Your role (admin) requires two-step verification");
  expect(await seriousViolations(enrolled)).toEqual([]);
  await enrolled.getByRole("link", { name: "Set up an authenticator app" }).click();
  await expect(enrolled).toHaveURL(/\/settings\/security\/two-factor\?next=%2Fadmin%2Fusers$/);
  await confirmEnrolment(enrolled);
  await enrolled.getByRole("link", { name: "I have saved them: continue" }).click();
  await expect(enrolled).toHaveURL(/\/admin\/users$/);

  // The console finds the admins without a second factor: one filter beside the role filter.
  await enrolled.getByLabel("Role").selectOption("admin");
  await enrolled.getByLabel("Second factor").selectOption("without");
  await expect(enrolled).toHaveURL(/\/admin\/users\?role=admin&secondFactor=without$/);
  const rows = enrolled.getByTestId("user-row");
  await expect(rows.filter({ hasText: policyAdmin.email })).toHaveCount(1);
  await expect(rows.filter({ hasText: policyAdmin.email }).getByTestId("user-second-factors")).toHaveText("None");
  await expect(rows.filter({ hasText: enrolAdmin.email })).toHaveCount(0);
  await enrolled.goto("/admin/users?role=admin&secondFactor=with");
  await expect(rows.filter({ hasText: enrolAdmin.email }).getByTestId("user-second-factors")).toHaveText("authenticator app");
  await expect(rows.filter({ hasText: policyAdmin.email })).toHaveCount(0);

  const targetId = await openUserAsAdmin(enrolled, target.email);
  const targetPage = `/admin/users/${targetId}`;
  await enrolled.goto(`${targetPage}?confirm=deactivate`);
  const deactivate = await actionFieldOf(enrolled, "Deactivate");

  // Without a factor: no page, no action, no admin API — by cookie or by bearer token.
  const { context, page } = await signedInBrowser(browser, policyAdmin, FACTORS_URL);
  for (const path of ["/admin", targetPage]) {
    await page.goto(path);
    await expect(page).toHaveURL(REQUIRED_PAGE(path));
  }
  const refused = await callActionDirectly(page.request, deactivate, { userId: targetId, active: "false" }, targetPage);
  expect(refused.headers().location ?? "").toContain("/settings/security/two-factor-required");
  expect(refused.headers().location ?? "").not.toContain("notice=");
  await enrolled.reload();
  await expect(enrolled.getByTestId("user-status")).toHaveText("Active");
  expect((await page.request.get("/api/admin/stats")).status()).toBe(403);
  const tokens = await page.request.post("/api/v1/auth/token", { data: { email: policyAdmin.email, password: policyAdmin.password } });
  expect(tokens.status()).toBe(200);
  const bearer = { Authorization: `Bearer ${(await tokens.json()).access_token}` };
  const v1 = await page.request.get("/api/v1/admin/users", { headers: bearer });
  expect(v1.status()).toBe(403);
  expect(await v1.json()).toMatchObject({ reason: "second_factor_required" });

  // Enrolling lifts it on the next request, for the same session and the same token.
  await page.goto("/admin");
  await page.getByRole("link", { name: "Set up an authenticator app" }).click();
  await confirmEnrolment(page);
  await page.getByRole("link", { name: "I have saved them: continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const performed = await callActionDirectly(page.request, deactivate, { userId: targetId, active: "false" }, targetPage);
  expect(performed.headers().location ?? "").toContain("notice=deactivated");
  await enrolled.reload();
  await expect(enrolled.getByTestId("user-status")).toHaveText("Deactivated");
  expect((await page.request.get("/api/admin/stats")).status()).toBe(200);
  expect((await page.request.get("/api/v1/admin/users", { headers: bearer })).status()).toBe(200);
  await context.close();
  await enrolledContext.close();

  // Editors too: the editor area waits; what every account has does not.
  const editor = await signedInBrowser(browser, policyEditor, FACTORS_URL);
  await editor.page.goto("/editor/posts");
  await expect(editor.page).toHaveURL(REQUIRED_PAGE("/editor/posts"));
  await expect(editor.page.getByTestId("second-factor-required")).toContainText("Your role (editor)");
  await editor.page.goto("/settings/sessions");
  await expect(editor.page).toHaveURL(/\/settings\/sessions$/);
  await editor.context.close();
});

test("step-up: an admin session older than 10 minutes proves itself before a role change or a deactivation, and comes back to finish it", async ({ browser }) => {
  const { stepUpAdmin, stepUpTarget } = FACTORS_FIXTURES;
  const { context, page } = await signedInBrowser(browser, stepUpAdmin, FACTORS_URL);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Set up an authenticator app" }).click();
  const { key } = await confirmEnrolment(page);
  const targetId = await openUserAsAdmin(page, stepUpTarget.email);
  const userPage = new RegExp(`/admin/users/${targetId}$`);
  const confirmPage = (next: string) => new RegExp(`/settings/confirm-identity\\?next=${encodeURIComponent(next)}$`);

  // 11 minutes on by the server's clock: the role change asks for the password first.
  advanceClock(11);
  await page.reload();
  await page.getByRole("button", { name: "Add editor" }).click();
  await expect(page).toHaveURL(confirmPage(`/admin/users/${targetId}`));
  await page.getByLabel("Your password", { exact: true }).fill(stepUpAdmin.password);
  await page.getByRole("button", { name: "Confirm with password" }).click();
  await expect(page).toHaveURL(userPage);
  await page.getByRole("button", { name: "Add editor" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(`Gave ${stepUpTarget.email} the editor role. It applies from their next request.`);
  await expect(page.getByTestId("role-editor")).toHaveAttribute("data-granted", "true");

  // 11 more: deactivating asks again; a code from the app is a fresh proof too, and the admin
  // comes back to the open confirm step, so one more press finishes it.
  advanceClock(11);
  await page.goto(`/admin/users/${targetId}`);
  await page.getByRole("link", { name: "Deactivate…" }).click();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page).toHaveURL(confirmPage(`/admin/users/${targetId}?confirm=deactivate`));
  await expect(page.getByTestId("user-status")).toHaveCount(0);
  await page.getByLabel("Code from your authenticator app", { exact: true }).fill(codeNow(key));
  await page.getByRole("button", { name: "Confirm with code" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${targetId}\\?confirm=deactivate$`));
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  await expect(page.getByTestId("confirm-step").getByRole("heading")).toHaveText(`Deactivate ${stepUpTarget.email}?`);
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(`Deactivated ${stepUpTarget.email} and signed them out of 0 devices.`);
  await expect(page.getByTestId("user-status")).toHaveText("Deactivated");
  await context.close();
});

test("an admin resets a user's second factor: a confirm step first, then a password alone signs them in, and the log says so", async ({ page, browser }) => {
  const account = await registerAccount(page, "reset");
  const owner = await signedInBrowser(browser, account, FACTORS_URL);
  await enrol(owner.page);
  await owner.context.close();

  const { resetAdmin } = FACTORS_FIXTURES;
  const admin = await signedInBrowser(browser, resetAdmin, FACTORS_URL);
  await admin.page.goto("/admin");
  await admin.page.getByRole("link", { name: "Set up an authenticator app" }).click();
  await confirmEnrolment(admin.page);
  await openUserAsAdmin(admin.page, account.email);
  await expect(admin.page.getByTestId("user-second-factor")).toContainText("Authenticator app · 10 recovery codes left");

  // Nothing happens on the first press: it opens the step that says what the reset does.
  await admin.page.getByRole("link", { name: "Reset second factor…" }).click();
  const step = admin.page.getByTestId("confirm-step");
  await expect(step.getByRole("heading")).toHaveText(`Reset the second factor of ${account.email}?`);
  await expect(step).toContainText("removes their authenticator app, their passkeys and their recovery codes");
  expect(await seriousViolations(admin.page)).toEqual([]);
  await step.getByRole("link", { name: "Cancel" }).click();
  await expect(admin.page.getByTestId("confirm-step")).toHaveCount(0);
  await expect(admin.page.getByTestId("user-second-factor")).toContainText("Authenticator app");

  await admin.page.getByRole("link", { name: "Reset second factor…" }).click();
  await admin.page.getByRole("button", { name: "Reset second factor" }).click();
  await expect(admin.page.getByTestId("admin-notice")).toHaveText(
    `Reset the second factor of ${account.email}: the authenticator app, passkeys and recovery codes are gone, and they were emailed.`,
  );
  await expect(admin.page.getByTestId("user-second-factor")).toHaveText("None");
  await expect(admin.page.getByTestId("audit-table")).toContainText("factor.reset");
  await admin.context.close();

  // The password alone signs in again: no second step is asked.
  advanceClock(1);
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
});

for (const provider of ["google", "github"] as const) {
  const name = PROVIDER_NAMES[provider];
  test(`${name} sign-in of an account with an authenticator app: the code is asked before any session exists`, async ({ page }) => {
    const identity = { id: uniqueProviderId(provider), email: uniqueEmail(`totp-${provider}`) };
    await signInWithProvider(page, provider, identity);
    await expect(page).toHaveURL(/\/dashboard$/);
    const { key, recoveryCodes } = await enrol(page);
    await page.context().clearCookies({ name: "authjs.session-token" });

    advanceClock(1);
    await signInWithProvider(page, provider, identity);
    await expect(page).toHaveURL(/\/login\/two-factor(\?|$)/);
    expect((await page.request.get("/api/me")).status()).toBe(401);
    await enterCode(page, String((Number(codeNow(key)) + 500_000) % 1_000_000).padStart(6, "0"));
    await expect(page.locator('[data-field-error="code"]')).toHaveText(/That code is not right/);
    await enterCode(page, codeNow(key));
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("user-email")).toHaveText(identity.email);

    // A recovery code completes a provider sign-in as well.
    await page.context().clearCookies({ name: "authjs.session-token" });
    await signInWithProvider(page, provider, identity);
    await expect(page).toHaveURL(/\/login\/two-factor(\?|$)/);
    await enterCode(page, recoveryCodes[0]!);
    await expect(page).toHaveURL(/\/settings\/security\?recoveryCodeUsed=1$/);
  });
}

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
