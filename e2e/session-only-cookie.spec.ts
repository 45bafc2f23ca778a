import { expect, test, type BrowserContext } from "./support/test";
import { E2E_URL } from "./support/env";
import { LoginPage, uniqueEmail } from "./support/pages";
import { signInWithProvider, uniqueProviderId } from "./support/providers";
import { FIXTURE_USERS } from "./support/users";

// Issue 12, item 2: without "remember me" the session cookie must stay a browser-session cookie
// (no Expires) wherever it is issued or re-issued.

const COOKIE = "authjs.session-token";
const THIRTY_DAYS_MS = 29 * 86_400_000;

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((entry) => entry.name === COOKIE);
  expect(cookie, "a session cookie").toBeDefined();
  return cookie!;
}

async function signInThroughAuthJs(context: BrowserContext, remember: "true" | "false" | null) {
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const { email, password } = FIXTURE_USERS.user;
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/dashboard", ...(remember === null ? {} : { remember }) },
    headers: { origin: E2E_URL },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe(`${E2E_URL}/dashboard`);
}

test("a sign-in without remember me keeps a browser-session cookie through role refreshes and session reads", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_URL });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(FIXTURE_USERS.editor.email, FIXTURE_USERS.editor.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const first = await sessionCookie(context);
  expect(first.expires).toBe(-1);

  // The role refresh re-issues the cookie (a new value), still without an expiry.
  await page.goto("/auth/refresh?next=/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  const refreshed = await sessionCookie(context);
  expect(refreshed.value).not.toBe(first.value);
  expect(refreshed.expires).toBe(-1);

  const session = await context.request.get("/api/auth/session");
  expect(((await session.json()) as { user?: unknown }).user).toBeDefined();
  expect((await sessionCookie(context)).expires).toBe(-1);
  await context.close();
});

test("Auth.js's own credentials endpoint honours remember me", async ({ browser }) => {
  for (const remember of ["false", null] as const) {
    const context = await browser.newContext({ baseURL: E2E_URL });
    await signInThroughAuthJs(context, remember);
    expect((await sessionCookie(context)).expires, `remember=${remember}`).toBe(-1);
    await context.request.get("/api/auth/session");
    expect((await sessionCookie(context)).expires, `remember=${remember}, after a session read`).toBe(-1);
    await context.close();
  }

  const remembered = await browser.newContext({ baseURL: E2E_URL });
  await signInThroughAuthJs(remembered, "true");
  expect((await sessionCookie(remembered)).expires * 1000).toBeGreaterThan(Date.now() + THIRTY_DAYS_MS);
  await remembered.request.get("/api/auth/session");
  expect((await sessionCookie(remembered)).expires * 1000).toBeGreaterThan(Date.now() + THIRTY_DAYS_MS);
  await remembered.close();
});

test("a provider sign-in (which has no remember me) gets a browser-session cookie", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_URL });
  const page = await context.newPage();
  await signInWithProvider(page, "google", { id: uniqueProviderId("google"), email: uniqueEmail("session-only-google") });
  await expect(page).toHaveURL(/\/dashboard$/);
  expect((await sessionCookie(context)).expires).toBe(-1);
  await context.close();
});
