import { request, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { E2E_ENV, E2E_URL } from "./env";
import { expect } from "@playwright/test";
import { LoginPage, signInAs } from "./pages";
import { FIXTURE_USERS, type FixtureRole } from "./users";

export type Viewer = "anonymous" | FixtureRole;

/** An HTTP client carrying the session of a fixture user, signed in through the real form. */
export async function apiAs(browser: Browser, viewer: Viewer): Promise<APIRequestContext> {
  if (viewer === "anonymous") return request.newContext({ baseURL: E2E_URL });
  const context = await browser.newContext({ baseURL: E2E_URL });
  const page = await context.newPage();
  const { email, password } = FIXTURE_USERS[viewer];
  await signInAs(page, email, password);
  const storageState = await context.storageState();
  await context.close();
  return request.newContext({ baseURL: E2E_URL, storageState });
}

/** A browser context signed in as any fixture account, through the real form. */
export async function signedInContext(browser: Browser, key: keyof typeof FIXTURE_USERS): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: E2E_URL });
  const page = await context.newPage();
  const { email, password } = FIXTURE_USERS[key];
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  // Generous: bcrypt on a shared, busy 2-core machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await page.close();
  return context;
}

/** An HTTP client carrying the session of any fixture account (or none). */
export async function apiFor(browser: Browser, key: keyof typeof FIXTURE_USERS | "anonymous"): Promise<APIRequestContext> {
  if (key === "anonymous") return request.newContext({ baseURL: E2E_URL });
  const context = await signedInContext(browser, key);
  const storageState = await context.storageState();
  await context.close();
  return request.newContext({ baseURL: E2E_URL, storageState });
}

/**
 * An HTTP client whose session cookie is the given one's, re-encoded with every role in its
 * claim: the edge middleware lets it through, so whatever refuses it is the data access layer.
 */
export async function withForgedAdminClaim(api: APIRequestContext): Promise<APIRequestContext> {
  const name = "authjs.session-token";
  const cookie = (await api.storageState()).cookies.find((c) => c.name === name);
  if (!cookie) throw new Error("no session cookie to forge from");
  const secret = E2E_ENV.AUTH_SECRET!;
  const claims = await decode({ token: cookie.value, secret, salt: name });
  const forged = await encode({ token: { ...claims, roles: ["user", "editor", "admin"] }, secret, salt: name });
  return request.newContext({ baseURL: E2E_URL, extraHTTPHeaders: { cookie: `${name}=${forged}` } });
}
