import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Opens an account's admin page through the users table search; returns its id. */
export async function openUserAsAdmin(page: Page, email: string): Promise<string> {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByTestId("users-table").getByRole("link", { name: email, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/** The hidden action field React renders in a server-action form (its progressive-enhancement path). */
export async function actionFieldOf(page: Page, buttonName: string | RegExp): Promise<string> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: buttonName }) }).first();
  const name = await form.locator('input[name^="$ACTION_ID_"]').getAttribute("name");
  expect(name).toBeTruthy();
  return name!;
}

/**
 * Calls a server action the way a forged request would: a multipart POST straight to a page the
 * middleware does not gate ("/"), so only the data access layer stands in the way.
 */
export async function callActionDirectly(api: APIRequestContext, actionField: string, fields: Record<string, string>, path = "/") {
  return api.post(path, { multipart: { [actionField]: "", ...fields }, maxRedirects: 0 });
}
