import { expect, test } from "./support/test";
import { LoginPage, RegisterPage, signInAs, uniqueEmail } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";

test("register, sign in, see the dashboard, sign out", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  const register = new RegisterPage(page);
  await register.goto();
  await register.fill({ name: "Nia Newcomer", email: `  ${email.toUpperCase()} `, password: "a long and memorable passphrase" });
  await register.submit();

  await expect(page).toHaveURL(/\/register\/check-email$/);
  await expect(page.getByTestId("check-email-address")).toContainText(email);

  await page.getByRole("main").getByRole("link", { name: "sign in", exact: true }).click();
  await new LoginPage(page).signIn(email, "a long and memorable passphrase");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Nia Newcomer" })).toBeVisible();
  await expect(page.getByTestId("user-email")).toHaveText(email);
  await expect(page.getByTestId("user-roles")).toHaveText("user");

  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Editor" })).toHaveCount(0);

  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
});

test("a copy of the session cookie is dead after sign-out", async ({ page, browser }) => {
  const { email, password } = FIXTURE_USERS.user;
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  const stolen = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const other = await browser.newContext();
  await other.addCookies(stolen);
  const replay = await other.newPage();
  await replay.goto("/dashboard");
  await expect(replay).toHaveURL(/\/login\?sessionEnded=1$/);
  await expect(replay.getByTestId("session-ended-notice")).toBeVisible();
  await other.close();
});

test("with remember me the session cookie outlives the browser for 30 days; without it, it ends with the browser", async ({ browser }) => {
  const { email, password } = FIXTURE_USERS.editor;
  for (const remember of [true, false]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await expect(page.getByLabel("Remember me for 30 days")).toBeVisible();
    await login.signIn(email, password, { remember });
    await expect(page).toHaveURL(/\/dashboard$/);
    const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    if (remember) expect(cookie!.expires * 1000).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    else expect(cookie!.expires).toBe(-1);
    await context.close();
  }
});

test("signing in again replaces the browser's earlier session, which is then dead", async ({ page, browser }) => {
  await signInAs(page, FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
  const first = await page.context().cookies();
  // A signed-in browser reaches the form only when it asks to sign in as someone else.
  const login = new LoginPage(page);
  await login.goto("?prompt=login");
  await expect(page.getByTestId("signed-in-as")).toContainText(FIXTURE_USERS.user.email);
  await login.signIn(FIXTURE_USERS.editor.email, FIXTURE_USERS.editor.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("user-email")).toHaveText(FIXTURE_USERS.editor.email);

  const replay = await browser.newContext();
  await replay.addCookies(first);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/login\?sessionEnded=1$/);
  await replay.close();
});
