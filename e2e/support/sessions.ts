import { request, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { E2E_URL } from "./env";
import { signInAs } from "./pages";
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
  await signInAs(page, email, password);
  await page.close();
  return context;
}
