import { expect, test, type Page } from "./support/test";
import { registerAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { E2E_URL, STRICT_URL } from "./support/env";
import { linkIn, mailTo, waitForMail } from "./support/mail/mailbox";
import { LoginPage, signInAs, uniqueEmail } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";

// Issue 15, "Flows without dead ends".

const CONFIRM = /^Confirm your email address$/;

test("after registering: check your inbox at the address, send the link again, or go back for a wrong address", async ({ page }) => {
  const account = await registerAccount(page, "inbox");
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByTestId("check-email-address")).toContainText(`We sent an email to ${account.email}.`);
  expect(await seriousViolations(page)).toEqual([]);
  const first = linkIn(await waitForMail(account.email, CONFIRM), `${E2E_URL}/verify-email?token=`);

  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByTestId("form-done")).toContainText(`A new link is on its way to ${account.email}.`);
  const second = linkIn(await waitForMail(account.email, CONFIRM, 2), `${E2E_URL}/verify-email?token=`);
  expect(second).not.toBe(first);

  await page.getByRole("link", { name: "Register again with the right one" }).click();
  await expect(page).toHaveURL(/\/register$/);
});

test("the resend button answers the same for an address without an account, and is rate-limited", async ({ browser }) => {
  // The strict server keeps the default limits. The button reads the address from the cookie that
  // registration sets; here it names an address nobody registered.
  const context = await browser.newContext({ baseURL: STRICT_URL });
  const email = uniqueEmail("nobody");
  await context.addCookies([{ name: "gatehouse.registered", value: email, url: STRICT_URL }]);
  const page = await context.newPage();
  await page.goto("/register/check-email");
  await expect(page.getByTestId("check-email-address")).toContainText(email);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByRole("button", { name: "Send the link again" }).click();
    await expect(page.getByTestId("form-done")).toContainText(`A new link is on its way to ${email}.`);
  }
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByTestId("form-error")).toContainText(/too many/i);
  expect(await mailTo(email)).toHaveLength(0);
  await context.close();
});

test("the check-your-inbox page without a registration goes back to registering", async ({ page }) => {
  await page.goto("/register/check-email");
  await expect(page).toHaveURL(/\/register$/);
});

test("a signed-in person who opens /login or /register goes on: to the dashboard, or the same-origin callbackUrl", async ({ page }) => {
  await signInAs(page, FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
  await page.goto("/login");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/register");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/settings/security")}`);
  await expect(page).toHaveURL(/\/settings\/security$/);
  await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
  await expect(page).toHaveURL(/\/dashboard$/);
  // Never back to a sign-in page: that would loop.
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/login?callbackUrl=/register")}`);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("confirming an email still works from a browser where another account is signed in", async ({ page, browser }) => {
  const account = await registerAccount(page, "confirm-switch");
  const link = linkIn(await waitForMail(account.email, CONFIRM), `${E2E_URL}/verify-email?token=`);
  await signInAs(page, FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);

  await page.goto(link);
  await page.getByTestId("sign-in-to-confirm").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByTestId("signed-in-as")).toContainText(FIXTURE_USERS.user.email);
  await new LoginPage(page).signIn(account.email, account.password);
  await page.getByRole("button", { name: "Confirm email address" }).click();
  await expect(page.getByTestId("email-confirmed")).toHaveText(`Thanks, ${account.email} is confirmed.`);

  // And from a browser where nobody is signed in: the sign-in page leads back to the link.
  const context = await browser.newContext({ baseURL: E2E_URL });
  const fresh = await context.newPage();
  const other = await registerAccount(fresh, "confirm-anon");
  await fresh.goto(linkIn(await waitForMail(other.email, CONFIRM), `${E2E_URL}/verify-email?token=`));
  await fresh.getByTestId("sign-in-to-confirm").getByRole("link", { name: "Sign in" }).click();
  await new LoginPage(fresh).signIn(other.email, other.password);
  await fresh.getByRole("button", { name: "Confirm email address" }).click();
  await expect(fresh.getByTestId("email-confirmed")).toHaveText(`Thanks, ${other.email} is confirmed.`);
  await context.close();
});

for (const path of ["/login", "/register"]) {
  test(`${path}: Google and GitHub with their marks at the top of the card, then "or continue with email"`, async ({ page }) => {
    await page.goto(path);
    const social = page.getByTestId("social-sign-in");
    await expect(social.getByRole("button")).toHaveText(["Continue with Google", "Continue with GitHub"]);
    await expect(social.locator("button svg")).toHaveCount(2);
    const top = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!.y;
    const google = await top(social.getByRole("button", { name: "Continue with Google" }));
    const github = await top(social.getByRole("button", { name: "Continue with GitHub" }));
    const divider = await top(page.getByTestId("email-divider"));
    const email = await top(page.getByLabel("Email"));
    expect(google).toBeLessThan(github);
    expect(github).toBeLessThan(divider);
    expect(divider).toBeLessThan(email);
    await expect(page.getByTestId("email-divider")).toHaveText("or continue with email");
    // Nor between the divider and the form (the old notice placeholder sat there).
    const dividerBox = (await page.getByTestId("email-divider").boundingBox())!;
    const firstLabel = await top(page.getByRole("form", { name: path === "/login" ? "Sign in" : "Create account" }).locator("label").first());
    expect(firstLabel - (dividerBox.y + dividerBox.height)).toBeLessThanOrEqual(25);
    // No empty strip: the first button starts right at the card's padding.
    const card = await top(page.locator("section").filter({ has: social }));
    expect(google - card).toBeLessThanOrEqual(25);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

async function expectNothingRed(page: Page) {
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  for (const error of await page.locator("[data-field-error]").all()) await expect(error).toBeEmpty();
}

test("no red fields before the first submit: tabbing through or showing the password marks nothing", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name").focus();
  for (let step = 0; step < 6; step++) await page.keyboard.press("Tab");
  await page.getByRole("button", { name: "Show password", exact: true }).click();
  await page.getByLabel("Email").focus();
  await page.getByLabel("Name").focus();
  await expectNothingRed(page);

  // Typed and left: judged. Submitted: everything is.
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Email").blur();
  await expect(page.locator('[data-field-error="email"]')).toHaveText("Enter a valid email address, like name@example.com");
  await expect(page.locator('[data-field-error="name"]')).toBeEmpty();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText("Enter your name");

  await page.goto("/login");
  await page.getByLabel("Email").focus();
  await page.keyboard.press("Tab");
  await page.getByLabel("Password", { exact: true }).blur();
  await expectNothingRed(page);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator('[data-field-error="email"]')).toHaveText("Enter your email address");
});
