import { expect, test, type Page } from "./support/test";
import { LoginPage } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";

type Outcome = { message: string; status: number; body: string; url: string; cookies: string[] };

async function failedSignIn(page: Page, email: string, password: string): Promise<Outcome> {
  const login = new LoginPage(page);
  await login.goto();
  // Read the server action's whole answer on the wire (status and body), then hand it to the page.
  let answer: { status: number; body: string } | undefined;
  await page.route("**/login", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    answer = { status: response.status(), body: await response.text() };
    await route.fulfill({ response });
  });
  await login.signIn(email, password);
  await expect(login.formError()).toBeVisible();
  await page.unroute("**/login");
  return {
    message: (await login.formError().textContent()) ?? "",
    status: answer!.status,
    body: answer!.body,
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

test("Auth.js's credentials endpoint answers the three failures identically too", async ({ request }) => {
  const attempt = async (email: string, password: string) => {
    const csrf = await request.get("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email, password, csrfToken, callbackUrl: "/dashboard" },
      maxRedirects: 0,
    });
    const setCookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value.split("=")[0]);
    return { status: response.status(), location: response.headers().location, sessionCookie: setCookies.some((n) => n?.includes("session-token")) };
  };
  const wrongPassword = await attempt(FIXTURE_USERS.user.email, "not the right passphrase");
  expect(wrongPassword.sessionCookie).toBe(false);
  expect(await attempt("nobody-here@e2e.test", "not the right passphrase")).toEqual(wrongPassword);
  expect(await attempt(FIXTURE_USERS.deactivated.email, FIXTURE_USERS.deactivated.password)).toEqual(wrongPassword);
});
