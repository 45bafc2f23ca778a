// Passkeys end to end through Chromium's virtual authenticator (e2e/support/passkeys.ts), on the
// main server: adding several in Settings, signing in with one alone (the button and the
// browser's autofill), and what is refused: a replayed answer, a passkey the server does not
// know, a copy of a device-bound passkey whose counter lags. The second step after a password and
// removal with a fresh proof need the test clock: e2e/two-factor.spec.ts.
import { expect, test, type Page } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { waitForMail } from "./support/mail/mailbox";
import { strangerCredential, VirtualAuthenticator, type VirtualCredential } from "./support/passkeys";
import { signedInContext } from "./support/sessions";

test.setTimeout(120_000);

const REFUSED = "That passkey did not sign you in. Try again, or use your email and password.";

async function addPasskey(page: Page, name: string) {
  await page.goto("/settings/security");
  await page.getByLabel("Passkey name").fill(name);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByTestId("passkey-done")).toHaveText(`Passkey “${name}” added. You can now sign in with it.`);
}

/**
 * Opens the sign-in page with no authenticator in the tab, waits until its autofill prompt is
 * waiting, then gives the tab an authenticator holding `credential`: only the button reaches it.
 * (Chromium's virtual environment answers a waiting autofill prompt at once, as a person picking
 * the passkey there would, when the authenticator is present as the page asks.)
 */
async function signInPageWith(page: Page, credential: VirtualCredential): Promise<VirtualAuthenticator> {
  await page.addInitScript(() => {
    const get = navigator.credentials.get.bind(navigator.credentials);
    navigator.credentials.get = (options) => {
      (window as { passkeyPrompts?: number }).passkeyPrompts = ((window as { passkeyPrompts?: number }).passkeyPrompts ?? 0) + 1;
      return get(options);
    };
  });
  await page.goto("/login");
  await page.waitForFunction(() => ((window as { passkeyPrompts?: number }).passkeyPrompts ?? 0) > 0);
  const authenticator = await VirtualAuthenticator.attach(page);
  await authenticator.add(credential);
  return authenticator;
}

test("several passkeys added in Settings each sign in alone, from the button or the browser's autofill", async ({ page, browser }) => {
  const account = await registerAccount(page, "passkeys");

  const laptop = await signedInBrowser(browser, account);
  const laptopKey = await VirtualAuthenticator.attach(laptop.page);
  await addPasskey(laptop.page, "Laptop");
  expect(await seriousViolations(laptop.page)).toEqual([]);
  await waitForMail(account.email, /^A passkey was added to your account$/);
  // The same authenticator cannot hold a second passkey for the account (excludeCredentials).
  await laptop.page.getByLabel("Passkey name").fill("Laptop again");
  await laptop.page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(laptop.page.getByTestId("passkey-error")).toHaveText("This device already holds a passkey for your account.");

  const phone = await signedInBrowser(browser, account);
  const phoneKey = await VirtualAuthenticator.attach(phone.page);
  await addPasskey(phone.page, "Phone");
  const rows = phone.page.getByTestId("passkey");
  await expect(rows.getByTestId("passkey-name")).toHaveText(["Laptop", "Phone"]);
  await expect(rows.getByTestId("passkey-last-used")).toHaveText(["never", "never"]);

  await rows.filter({ hasText: "Phone" }).getByRole("button", { name: "Rename Phone" }).click();
  await phone.page.getByRole("form", { name: "Rename Phone" }).getByLabel("New name").fill("Work phone");
  await phone.page.getByRole("button", { name: "Save name" }).click();
  await expect(rows.getByTestId("passkey-name")).toHaveText(["Laptop", "Work phone"]);

  // The laptop signs out and back in through the browser's autofill: the sign-in page's email
  // field offers the passkey, and picking it is the whole sign-in.
  await laptop.context.clearCookies({ name: "authjs.session-token" });
  await laptop.page.goto("/login");
  await expect(laptop.page).toHaveURL(/\/dashboard$/);

  // The phone signs in with the button.
  const [phoneCredential] = await phoneKey.credentials();
  await phoneKey.detach();
  await phone.context.clearCookies();
  const fresh = await phone.context.newPage();
  await signInPageWith(fresh, phoneCredential!);
  await expect(fresh.getByLabel("Email")).toHaveAttribute("autocomplete", "username webauthn");
  expect(await seriousViolations(fresh)).toEqual([]);
  await fresh.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(fresh).toHaveURL(/\/dashboard$/);

  await fresh.goto("/settings/security");
  await expect(fresh.getByTestId("passkey-name")).toHaveText(["Laptop", "Work phone"]);
  await expect(fresh.getByTestId("passkey-last-used").first()).not.toHaveText("never");
  await expect(fresh.getByTestId("passkey-last-used").last()).not.toHaveText("never");
  expect((await laptopKey.credentials())[0]!.signCount).toBeGreaterThan(0);
  await laptop.context.close();
  await phone.context.close();
});

test("a replayed answer, a passkey the server does not know, and a lagging copy of a device-bound passkey are refused", async ({ page, browser }) => {
  const account = await registerAccount(page, "passkey-refusals");
  const owner = await signedInBrowser(browser, account);
  const key = await VirtualAuthenticator.attach(owner.page);
  await addPasskey(owner.page, "Security key");

  // A passkey sign-in through the autofill, its request to the server recorded on the way.
  await owner.context.clearCookies({ name: "authjs.session-token" });
  const sent = owner.page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await owner.page.goto("/login");
  const signIn = await sent;
  await expect(owner.page).toHaveURL(/\/dashboard$/);

  // The same answer again, from the same browser: its challenge was used up.
  await owner.context.clearCookies({ name: "authjs.session-token" });
  const headers = Object.fromEntries(Object.entries(await signIn.allHeaders()).filter(([name]) => !["cookie", "content-length", "host"].includes(name)));
  const replay = await owner.page.request.post(signIn.url(), { headers, data: signIn.postData() ?? "" });
  expect(await replay.text()).toContain(REFUSED);
  expect((await owner.context.cookies()).map((cookie) => cookie.name)).not.toContain("authjs.session-token");

  // A passkey for this site that no account registered.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signInPageWith(stranger, strangerCredential());
  await stranger.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(stranger.getByTestId("passkey-error")).toHaveText(REFUSED);
  await expect(stranger).toHaveURL(/\/login$/);
  await strangerContext.close();

  // A copy of the key that has signed fewer times than the original: two copies of a device-bound
  // key exist. Refused, and logged for the admins.
  const [original] = await key.credentials();
  expect(original!.signCount).toBeGreaterThan(1);
  const cloneContext = await browser.newContext();
  const clone = await cloneContext.newPage();
  await signInPageWith(clone, { ...original!, signCount: 0 });
  await clone.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(clone.getByTestId("passkey-error")).toHaveText(REFUSED);
  await cloneContext.close();

  const admin = await signedInContext(browser, "admin");
  const log = await admin.newPage();
  await log.goto(`/admin/audit?type=passkey.counter_regression&subject=${encodeURIComponent(account.email)}`);
  await expect(log.getByTestId("audit-row")).toHaveCount(1);
  await log.goto(`/admin/audit?type=sign_in.failed&subject=${encodeURIComponent(account.email)}`);
  // The log shows details as name/value pairs (method → passkey).
  await expect(log.getByTestId("audit-row").filter({ hasText: /method\s*passkey/ })).toHaveCount(2);
  await admin.close();

  // The original still signs in: its count is still ahead of the stored one.
  await owner.context.clearCookies({ name: "authjs.session-token" });
  await owner.page.goto("/login");
  await expect(owner.page).toHaveURL(/\/dashboard$/);
  await owner.context.close();
});
