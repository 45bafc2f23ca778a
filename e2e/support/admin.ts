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
 * (`$ACTION_ID_…`, or `$ACTION_REF_…`/`$ACTION_…` for useActionState forms), read from the
 * server-rendered HTML of the page the browser is on (hydration may drop them from the DOM).
 */
export async function actionFieldOf(page: Page, buttonName: string): Promise<Record<string, string>> {
  const html = await (await page.request.get(page.url())).text();
  const decode = (value: string) =>
    value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
    .map((match) => match[0])
    .find((candidate) => new RegExp(`>(?:<!-- -->)?${buttonName}(?:<!-- -->)?</button>`).test(candidate));
  const fields: Record<string, string> = {};
  for (const input of form?.matchAll(/<input[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name?.startsWith("$ACTION")) fields[decode(name)] = decode(/value="([^"]*)"/.exec(input[0])?.[1] ?? "");
  }
  expect(Object.keys(fields).length).toBeGreaterThan(0);
  return fields;
}

/**
 * Calls a server action the way a forged request would: a multipart POST straight to a page the
 * middleware does not gate ("/"), so only the data access layer stands in the way.
 */
/**
 * Posts a server action's form fields straight to `path`. It must be the page the action lives
 * on: Next resolves action ids per page, and a post anywhere else never reaches the action.
 */
export async function callActionDirectly(api: APIRequestContext, action: Record<string, string>, fields: Record<string, string>, path: string) {
  return api.post(path, { multipart: { ...action, ...fields }, maxRedirects: 0 });
}
