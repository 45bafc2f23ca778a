import { expect, test } from "./support/test";
import { LoginPage } from "./support/pages";
import { E2E_URL } from "./support/env";
import { FIXTURE_USERS } from "./support/users";

const HOSTILE = [
  "//evil.example/steal",
  "https://evil.example/steal",
  "/\\evil.example/steal",
  "javascript:alert(document.domain)",
  "/\t/evil.example",
  "/\n/evil.example",
  "http:evil.example",
];

for (const target of HOSTILE) {
  test(`callbackUrl ${JSON.stringify(target)} never leaves the origin`, async ({ page }) => {
    const leaks: string[] = [];
    page.on("request", (req) => {
      if (!req.url().startsWith(E2E_URL)) leaks.push(req.url());
    });
    await new LoginPage(page).goto(`?callbackUrl=${encodeURIComponent(target)}`);
    await new LoginPage(page).signIn(FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
    await expect(page).toHaveURL(`${E2E_URL}/dashboard`);
    expect(leaks).toEqual([]);
  });
}

test("a protected page sends you to sign in and back again", async ({ page }) => {
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor$/);
  await new LoginPage(page).signIn(FIXTURE_USERS.editor.email, FIXTURE_USERS.editor.password);
  await expect(page).toHaveURL(`${E2E_URL}/editor`);
  await expect(page.getByTestId("editor-area")).toBeVisible();
});

test("a signed-in user without the role sees a 403 page that says so", async ({ page }) => {
  await new LoginPage(page).goto();
  await new LoginPage(page).signIn(FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
});

test("unknown pages get the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "There is no page at this address" })).toBeVisible();
});

test("a hostile callbackUrl sent straight to the sign-in action is ignored", async ({ page }) => {
  // The login page already cleans the query; this rewrites the action's own arguments on the wire.
  await page.route("**/login", async (route) => {
    const req = route.request();
    if (req.method() !== "POST") return route.continue();
    const args = JSON.parse(req.postData() ?? "[]") as Record<string, unknown>[];
    args[0] = { ...args[0], callbackUrl: "//evil.example/steal" };
    await route.continue({ postData: JSON.stringify(args) });
  });
  await new LoginPage(page).goto();
  await new LoginPage(page).signIn(FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
  await expect(page).toHaveURL(`${E2E_URL}/dashboard`);
});

test("Auth.js's own credentials endpoint keeps redirects on the origin", async ({ request }) => {
  for (const target of HOSTILE) {
    const csrf = await request.get("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email: FIXTURE_USERS.user.email, password: FIXTURE_USERS.user.password, csrfToken, callbackUrl: target },
      maxRedirects: 0,
    });
    const location = new URL(response.headers().location ?? "", E2E_URL);
    expect(location.origin, target).toBe(E2E_URL);
    expect(location.pathname, target).toBe("/dashboard");
  }
});
