import { expect, test, type Page } from "@playwright/test";
import { LoginPage } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";

type Outcome = { message: string; status: number; url: string; cookies: string[] };

async function failedSignIn(page: Page, email: string, password: string): Promise<Outcome> {
  const login = new LoginPage(page);
  await login.goto();
  const action = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login");
  await login.signIn(email, password);
  const response = await action;
  await expect(login.formError()).toBeVisible();
  return {
    message: (await login.formError().textContent()) ?? "",
    status: response.status(),
    url: new URL(page.url()).pathname,
    cookies: (await page.context().cookies()).map((cookie) => cookie.name).filter((name) => name.includes("session")),
  };
}

test("wrong password, unknown email and deactivated account get the same answer", async ({ page }) => {
  const wrongPassword = await failedSignIn(page, FIXTURE_USERS.user.email, "not the right passphrase");
  const unknownEmail = await failedSignIn(page, "nobody-here@e2e.test", "not the right passphrase");
  const deactivated = await failedSignIn(page, FIXTURE_USERS.deactivated.email, FIXTURE_USERS.deactivated.password);

  expect(wrongPassword.message).toBe("Incorrect email or password.");
  expect(unknownEmail).toEqual(wrongPassword);
  expect(deactivated).toEqual(wrongPassword);
  expect(wrongPassword.cookies).toEqual([]);
});

test("a deactivated account cannot reach protected pages with its correct password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(FIXTURE_USERS.deactivated.email, FIXTURE_USERS.deactivated.password);
  await expect(login.formError()).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});
