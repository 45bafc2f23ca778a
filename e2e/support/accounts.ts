import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { E2E_URL } from "./env";
import { LoginPage, RegisterPage, uniqueEmail } from "./pages";

export type NewAccount = { name: string; email: string; password: string };

/** Registers a fresh account through the real form; its verification email is on its way. */
export async function registerAccount(page: Page, label: string): Promise<NewAccount> {
  const account = { name: `${label} Tester`, email: uniqueEmail(label), password: `${label} correct horse battery` };
  const register = new RegisterPage(page);
  await register.goto();
  await register.fill(account);
  await register.submit();
  // A password hash and a strength check: on shared cores this takes longer than a click.
  await expect(page).toHaveURL(/\/register\/check-email$/, { timeout: 30_000 });
  return account;
}

/** A new browser (its own cookies) signed in as `account` through the real form. */
export async function signedInBrowser(browser: Browser, account: Pick<NewAccount, "email" | "password">, baseURL = E2E_URL): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return { context, page };
}
