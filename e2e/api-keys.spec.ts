// API keys and token sign-ins in the settings and admin pages, over a real server.
import { expect, test, type Page } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { bearer, tokensFor } from "./support/token-api";
import { FIXTURE_USERS } from "./support/users";

const { admin, user } = FIXTURE_USERS;

async function createKey(page: Page, name: string, scopes: string[]): Promise<string> {
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill(name);
  for (const scope of scopes) await form.getByRole("checkbox", { name: scope }).check();
  await form.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key-value").textContent())!.trim();
  expect(key).toMatch(/^gk_[0-9A-Za-z]{38}$/);
  return key;
}

test("an admin's key, shown once, calls the API and introspects tokens; revoked, it stops", async ({ browser, request }) => {
  const { context, page } = await signedInBrowser(browser, admin);
  const key = await createKey(page, `introspection ${Date.now()}`, ["users:read", "tokens:introspect"]);
  const row = page.getByTestId("own-api-keys").getByTestId("api-key-row").filter({ has: page.getByText(key.slice(0, 11)) });
  await expect(row).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("new-api-key-value")).toHaveCount(0);

  expect((await request.get("/api/v1/admin/users?q=user%40e2e.test", { headers: bearer(key) })).status()).toBe(200);
  // The key holds only what it was given.
  expect((await request.patch("/api/v1/admin/users/anyone", { headers: bearer(key), data: { active: false } })).status()).toBe(403);

  const tokens = await tokensFor(request, user.email, user.password);
  const live = await request.post("/api/v1/auth/introspect", { headers: bearer(key), form: { token: tokens.access_token } });
  expect(await live.json()).toMatchObject({ active: true, sub: expect.any(String), username: user.email, scope: "account:read", token_type: "Bearer" });
  // Introspection takes an API key, not an access token.
  expect((await request.post("/api/v1/auth/introspect", { headers: bearer(tokens.access_token), form: { token: tokens.access_token } })).status()).toBe(403);
  await request.post("/api/v1/auth/revoke", { form: { token: tokens.refresh_token } });
  expect(await (await request.post("/api/v1/auth/introspect", { headers: bearer(key), form: { token: tokens.access_token } })).json()).toEqual({ active: false });

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("api-keys-notice")).toBeVisible();
  expect((await request.get("/api/v1/me", { headers: bearer(key) })).status()).toBe(401);
  await context.close();
});

test("a user may only give a key the permissions they have", async ({ browser }) => {
  const { context, page } = await signedInBrowser(browser, user);
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await expect(form.getByRole("checkbox")).toHaveCount(1);
  await expect(form.getByRole("checkbox", { name: "account:read" })).toBeVisible();
  await expect(page.getByTestId("all-api-keys")).toHaveCount(0);
  await context.close();
});

test("token sign-ins are listed beside browser sessions and can be ended there, and by an admin", async ({ browser, page, request }) => {
  const account = await registerAccount(page, "token-sessions");
  const first = await tokensFor(request, account.email, account.password);
  const second = await tokensFor(request, account.email, account.password);
  const own = await signedInBrowser(browser, account);
  await own.page.goto("/settings/sessions");
  await expect(own.page.getByTestId("token-family-row")).toHaveCount(2);
  const firstFamily = JSON.parse(Buffer.from(first.access_token.split(".")[1]!, "base64url").toString()).sid as string;
  await own.page.locator(`[data-family-id="${firstFamily}"]`).getByRole("button", { name: "End" }).click();
  await expect(own.page.getByTestId("sessions-notice")).toHaveText("The app was signed out.");
  expect((await request.get("/api/v1/me", { headers: bearer(first.access_token) })).status()).toBe(401);
  expect((await request.get("/api/v1/me", { headers: bearer(second.access_token) })).status()).toBe(200);

  const adminBrowser = await signedInBrowser(browser, admin);
  const users = await (await request.get(`/api/v1/admin/users?q=${encodeURIComponent(account.email)}`, { headers: bearer((await tokensFor(request, admin.email, admin.password)).access_token) })).json();
  await adminBrowser.page.goto(`/admin/users/${users.users[0].id}`);
  await adminBrowser.page.getByTestId("token-family-row").getByRole("button", { name: "End" }).click();
  await expect(adminBrowser.page.getByText("The app's token sign-in has ended.")).toBeVisible();
  expect((await request.get("/api/v1/me", { headers: bearer(second.access_token) })).status()).toBe(401);
  await own.context.close();
  await adminBrowser.context.close();
});
