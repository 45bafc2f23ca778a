// Account settings as their owner uses them: a new name, a download of everything kept about
// them (and nothing secret), and deleting the account for good.
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { waitForMail } from "./support/mail/mailbox";
import { LoginPage } from "./support/pages";
import { signedInContext } from "./support/sessions";

// Registration and two or three sign-ins hash passwords: slow on a shared 2-core machine.
test.setTimeout(90_000);

test("edit your name: saved, shown, and the page is marked current in the header and the tabs", async ({ page, browser }) => {
  const account = await registerAccount(page, "rename");
  const { context, page: settings } = await signedInBrowser(browser, account);
  await settings.goto("/settings");
  expect(await seriousViolations(settings)).toEqual([]);
  await expect(settings.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await expect(settings.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Account" })).toHaveAttribute("aria-current", "page");
  await expect(settings.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Sessions" })).not.toHaveAttribute("aria-current");

  const form = settings.getByRole("form", { name: "Your name" });
  await form.getByLabel("Name").fill("   ");
  await form.getByRole("button", { name: "Save name" }).click();
  await expect(form.locator('[data-field-error="name"]')).toHaveText("Enter your name");
  await form.getByLabel("Name").fill("  Grace Renamed ");
  await form.getByRole("button", { name: "Save name" }).click();
  await expect(form.getByTestId("form-done")).toHaveText("Your name is now Grace Renamed.");
  await settings.reload();
  await expect(settings.getByTestId("settings-account")).toHaveText(`Grace Renamed · ${account.email}`);

  await settings.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Sessions" }).click();
  await expect(settings).toHaveURL(/\/settings\/sessions$/);
  await expect(settings.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Sessions" })).toHaveAttribute("aria-current", "page");
  await expect(settings.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Account" })).not.toHaveAttribute("aria-current");
  await context.close();
});

test("download your data: an attachment with the profile, sessions and security events, and no secret", async ({ page, browser }) => {
  const account = await registerAccount(page, "export");
  const { context, page: settings } = await signedInBrowser(browser, account);
  await settings.goto("/settings");

  const [download] = await Promise.all([settings.waitForEvent("download"), settings.getByRole("link", { name: "Download your data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^gatehouse-account-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as Record<string, unknown>;
  expect(data).toMatchObject({
    profile: { email: account.email, name: account.name, hasPassword: true, roles: [{ roleName: "user" }] },
    linkedAccounts: [],
    sessions: [expect.objectContaining({ revokedAt: null })],
    securityEvents: expect.arrayContaining([expect.objectContaining({ type: "user.registered" }), expect.objectContaining({ type: "sign_in.succeeded" })]),
    posts: [],
  });
  const text = JSON.stringify(data);
  expect(text).not.toMatch(/passwordHash|\$2[aby]\$|sessionToken|tokenHash|keyHash|secret/);

  const response = await settings.request.get("/settings/data");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="gatehouse-account-/);
  expect(response.headers()["cache-control"]).toBe("no-store");

  // Nobody else's: without a session it is the sign-in page, not a file.
  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get(`${new URL(settings.url()).origin}/settings/data`, { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toMatch(/\/login\?callbackUrl=/);
  await anonymous.close();
  await context.close();
});

test("delete your account: the typed email confirms it, every device is signed out, and a goodbye arrives", async ({ page, browser }) => {
  const account = await registerAccount(page, "leaver");
  const { context: here, page: settings } = await signedInBrowser(browser, account);
  const { context: elsewhere, page: other } = await signedInBrowser(browser, account);

  await settings.goto("/settings");
  const form = settings.getByRole("form", { name: "Delete your account" });
  await form.getByLabel("Type your email address to confirm").fill("not-me@example.com");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.locator('[data-field-error="confirmEmail"]')).toHaveText(`Type ${account.email} exactly to confirm`);
  await settings.reload();
  await expect(settings.getByTestId("settings-account")).toContainText(account.email);

  await form.getByLabel("Type your email address to confirm").fill(account.email.toUpperCase());
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(settings).toHaveURL(/\/goodbye\?devices=2&apps=0$/);
  await expect(settings.getByTestId("goodbye")).toContainText("You were signed out of 2 devices, and we sent a last email");
  expect(await seriousViolations(settings)).toEqual([]);

  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
  const goodbye = await waitForMail(account.email, /^Your Gatehouse account was deleted$/);
  expect(goodbye.text).toContain(`The Gatehouse account for ${account.email} was deleted`);

  const login = new LoginPage(other);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(login.formError()).toBeVisible();
  await here.close();
  await elsewhere.close();

  // The security log keeps the event, in words, with its details a click away.
  const admin = await signedInContext(browser, "admin");
  const log = await admin.newPage();
  await log.goto("/admin/audit?type=user.deleted");
  const row = log.getByTestId("audit-row").filter({ hasText: account.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Account deleted");
  await expect(row.getByText(account.email)).toBeHidden();
  await row.getByText("5 details").click(); // email, by, the two counts, and the browser
  await expect(row.getByText(account.email)).toBeVisible();
  await expect(row.getByText("self", { exact: true })).toBeVisible();
  expect(await seriousViolations(log)).toEqual([]);
  await admin.close();
});
