import { expect, test } from "./support/test";
import { seriousViolations } from "./support/axe";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { signInAs } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";

for (const path of ["/", "/login", "/register", "/forgot-password", "/reset-password", "/verify-email"]) {
  test(`${path} has no serious or critical axe violations`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("/dashboard and /admin have no serious or critical axe violations", async ({ page }) => {
  await signInAs(page, FIXTURE_USERS.admin.email, FIXTURE_USERS.admin.password);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin");
  await expect(page.getByTestId("admin-overview")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the sign-in form works with the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(FIXTURE_USERS.user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(FIXTURE_USERS.user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the verification banner and /settings/security have no serious or critical axe violations", async ({ page, browser }) => {
  const account = await registerAccount(page, "axe");
  const { context, page: signedIn } = await signedInBrowser(browser, account);
  await expect(signedIn.getByTestId("verify-email-banner")).toBeVisible();
  expect(await seriousViolations(signedIn)).toEqual([]);
  await signedIn.goto("/settings/security");
  await expect(signedIn.getByRole("form", { name: "Change password" })).toBeVisible();
  expect(await seriousViolations(signedIn)).toEqual([]);
  await context.close();
});
