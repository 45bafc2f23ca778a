import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { CLOCK_FILE, CLOCK_URL } from "./support/env";
import { requestReset } from "./support/mail/forgot-password";
import { FIXTURE_USERS } from "./support/users";

// Runs against the clock server (playwright.config.ts): its email-link clock moves when this
// file says so, and with no SMTP_URL its mail is in the development outbox, for admins only.
test.use({ baseURL: CLOCK_URL });

const MINUTE = 60_000;
const moveClock = (offsetMs: number) => writeFileSync(CLOCK_FILE, String(offsetMs));
test.afterEach(() => moveClock(0));

/** Reads the newest email to `to` with `subject` from /dev/outbox, as an admin; returns its link. */
async function linkFromOutbox(admin: Page, to: string, subject: string, path: string): Promise<string> {
  await admin.goto("/dev/outbox");
  const entry = admin.getByTestId("outbox").getByRole("listitem").filter({ hasText: `to ${to}` }).filter({ hasText: subject });
  await entry.first().getByRole("link", { name: subject }).click();
  await expect(admin.getByTestId("outbox-to")).toHaveText(to);
  const link = admin.getByTestId("outbox-text").getByRole("link", { name: new RegExp(`^${CLOCK_URL}${path}\\?token=`) });
  return (await link.getAttribute("href"))!;
}

test("a reset link works for 30 minutes by the server's clock, and not a moment longer", async ({ page, browser }) => {
  const account = await registerAccount(page, "expiry");
  await requestReset(page, account.email);
  const { context, page: admin } = await signedInBrowser(browser, FIXTURE_USERS.admin, CLOCK_URL);
  const link = await linkFromOutbox(admin, account.email, "Reset your password", "/reset-password");
  await context.close();

  moveClock(31 * MINUTE);
  await page.goto(link);
  await expect(page.getByTestId("link-problem")).toHaveText("This link has expired");

  moveClock(29 * MINUTE);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
});

test("a verification link expires after 24 hours", async ({ page, browser }) => {
  const account = await registerAccount(page, "verify-expiry");
  const { context, page: admin } = await signedInBrowser(browser, FIXTURE_USERS.admin, CLOCK_URL);
  const link = await linkFromOutbox(admin, account.email, "Confirm your email address", "/verify-email");
  await context.close();

  moveClock(24 * 60 * MINUTE + MINUTE);
  await page.goto(link);
  await expect(page.getByTestId("link-problem")).toHaveText("This link has expired");
  moveClock(0);
  // Confirming takes the registrant's own session.
  const own = await signedInBrowser(browser, account, CLOCK_URL);
  await own.page.goto(link);
  await own.page.getByRole("button", { name: "Confirm email address" }).click();
  await expect(own.page.getByTestId("email-confirmed")).toBeVisible();
  await own.context.close();
});

test("the outbox is for admins when production turns it on, and absent when it does not", async ({ page, browser }) => {
  await page.goto("/dev/outbox");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdev%2Foutbox$/);
  const { context, page: user } = await signedInBrowser(browser, FIXTURE_USERS.user, CLOCK_URL);
  expect((await user.goto("/dev/outbox"))?.status()).toBe(403);
  await context.close();

  // The main e2e server runs in production with SMTP and without DEV_OUTBOX.
  const { context: mainAdmin, page: admin } = await signedInBrowser(browser, FIXTURE_USERS.admin);
  expect((await admin.goto("/dev/outbox"))?.status()).toBe(404);
  await mainAdmin.close();
});
