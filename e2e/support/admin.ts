import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Opens an account's admin page through the users table search; returns its id. */
export async function openUserAsAdmin(page: Page, email: string): Promise<string> {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByTestId("users-table").getByRole("link", { name: email, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/**
 * The hidden fields React renders into a server-action form for its no-JavaScript path
 * (`$ACTION_ID_…`, or `$ACTION_REF_…`/`$ACTION_…` for useActionState forms).
 */
export async function actionFieldOf(page: Page, buttonName: string | RegExp): Promise<Record<string, string>> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: buttonName, exact: typeof buttonName === "string" }) }).first();
  const fields = await form.locator('input[type="hidden"][name^="$ACTION"]').evaluateAll((inputs) =>
    Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])),
  );
  expect(Object.keys(fields).length).toBeGreaterThan(0);
  return fields;
}

/**
 * Calls a server action the way a forged request would: a multipart POST straight to a page the
 * middleware does not gate ("/"), so only the data access layer stands in the way.
 */
export async function callActionDirectly(api: APIRequestContext, action: Record<string, string>, fields: Record<string, string>, path = "/") {
  return api.post(path, { multipart: { ...action, ...fields }, maxRedirects: 0 });
}
