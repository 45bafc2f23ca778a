import { request as httpRequest } from "node:http";
import { expect, test, type Request } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { E2E_PORT, E2E_URL } from "./support/env";
import { chooseNewPassword, requestReset } from "./support/mail/forgot-password";
import { linkIn, mailTo, waitForMail } from "./support/mail/mailbox";
import { LoginPage, uniqueEmail } from "./support/pages";

const RESET = /^Reset your password$/;
const resetLink = (mail: Parameters<typeof linkIn>[0]) => linkIn(mail, `${E2E_URL}/reset-password?token=`);

test("forgot → email → reset → sign in with the new password; every other session is gone", async ({ page, browser }) => {
  const account = await registerAccount(page, "reset");
  const { context: elsewhere, page: otherBrowser } = await signedInBrowser(browser, account);

  await requestReset(page, account.email);
  const mail = await waitForMail(account.email, RESET);
  expect(mail.text).toContain("expires in 30 minutes");
  const link = resetLink(mail);

  const response = await page.goto(link);
  // The token left the address bar before the form was shown, and neither answer leaks it on.
  expect(page.url()).toBe(`${E2E_URL}/reset-password`);
  const redirect = await response!.request().redirectedFrom()!.response();
  for (const headers of [redirect!.headers(), response!.headers()]) {
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["cache-control"]).toContain("no-store");
  }
  await expect(page.getByTestId("reset-for")).toContainText(account.email);

  // The new password follows the same policy as registration.
  await chooseNewPassword(page, "qwerty123456");
  await expect(page.locator('[data-field-error="password"]')).toContainText("most commonly used");
  const newPassword = "a brand new reset passphrase";
  await chooseNewPassword(page, newPassword);
  await expect(page).toHaveURL(/\/login\?passwordReset=1$/);
  await expect(page.getByTestId("password-reset-notice")).toBeVisible();

  const login = new LoginPage(page);
  await login.signIn(account.email, account.password);
  await expect(login.formError()).toHaveText("Incorrect email or password.");
  await login.signIn(account.email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The browser that was signed in before the reset is signed out on its next request.
  await otherBrowser.goto("/dashboard");
  await expect(otherBrowser).toHaveURL(/\/login\?sessionEnded=1$/);
  await elsewhere.close();

  const changed = await waitForMail(account.email, /^Your password was changed$/);
  expect(changed.text).toContain("reset with an emailed link");
});

test("a used link, an older link after a newer one, and a tampered link are refused with a clear page", async ({ page }) => {
  const account = await registerAccount(page, "reuse");
  await requestReset(page, account.email);
  const older = resetLink(await waitForMail(account.email, RESET));
  await requestReset(page, account.email);
  const newer = resetLink(await waitForMail(account.email, RESET, 2));

  await page.goto(older);
  await expect(page.getByTestId("link-problem")).toHaveText("This link was replaced or cancelled");
  await expect(page.getByRole("link", { name: "Get a new reset link" })).toHaveAttribute("href", "/forgot-password");

  const token = new URL(newer).searchParams.get("token")!;
  await page.goto(`/reset-password?token=${token.slice(0, -2)}xy`);
  await expect(page.getByTestId("link-problem")).toHaveText("This link is not valid");
  await page.goto("/reset-password?token=");
  await expect(page.getByTestId("link-problem")).toHaveText("This link is not valid");

  await page.goto(newer);
  await chooseNewPassword(page, "the one and only new passphrase");
  await expect(page).toHaveURL(/\/login\?passwordReset=1$/);
  await page.goto(newer);
  await expect(page.getByTestId("link-problem")).toHaveText("This link has already been used");
});

test("a link opened in two tabs resets the password once", async ({ page, browser }) => {
  const account = await registerAccount(page, "twotabs");
  await requestReset(page, account.email);
  const link = resetLink(await waitForMail(account.email, RESET));
  const second = await browser.newContext({ baseURL: E2E_URL });
  const tab = await second.newPage();
  await page.goto(link);
  await tab.goto(link);

  await chooseNewPassword(page, "first tab wins this passphrase");
  await expect(page).toHaveURL(/\/login\?passwordReset=1$/);
  await chooseNewPassword(tab, "second tab loses this passphrase");
  await expect(tab.getByTestId("form-error")).toHaveText(/already been used/);
  await second.close();
});

/** The wire answer of the forgot-password server action, with the address taken out. */
async function forgotPasswordAnswer(page: import("@playwright/test").Page, email: string) {
  let answer: { status: number; body: string } | undefined;
  await page.route("**/forgot-password", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    answer = { status: response.status(), body: (await response.text()).replaceAll(email, "<email>") };
    await route.fulfill({ response });
  });
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByTestId("reset-requested")).toBeVisible();
  await page.unrouteAll();
  return answer!;
}

test("known and unknown addresses get the same answer; only the known one gets mail", async ({ page }) => {
  const account = await registerAccount(page, "known");
  const unknown = uniqueEmail("nobody");
  const known = await forgotPasswordAnswer(page, account.email);
  const stranger = await forgotPasswordAnswer(page, unknown);
  expect(stranger).toEqual(known);
  expect(known.status).toBe(200);

  await waitForMail(account.email, RESET);
  // Mail is sent after the answer; give a would-be email to the unknown address time to arrive.
  await requestReset(page, account.email);
  await waitForMail(account.email, RESET, 2);
  expect(await mailTo(unknown)).toHaveLength(0);
});

test("a forged Host and X-Forwarded-Host still get links to the configured URL", async ({ page, pageProblems }) => {
  // The form's own request is aborted below, on purpose, so its fetch fails.
  pageProblems.allow(/net::ERR_FAILED|page error on .*: Failed to fetch/);
  const account = await registerAccount(page, "hostile");
  // Capture the real server-action request the form sends, then replay it as an attacker
  // would: with their own Host, X-Forwarded-Host and a matching Origin.
  let captured: Request | undefined;
  await page.route("**/forgot-password", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    await route.abort();
  });
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect.poll(() => Boolean(captured)).toBe(true);

  const headers = { ...(await captured!.allHeaders()) };
  for (const name of Object.keys(headers)) if (name.startsWith(":")) delete headers[name];
  Object.assign(headers, { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: "https://evil.example" });
  const status = await new Promise<number>((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port: E2E_PORT, path: "/forgot-password", method: "POST", headers }, (incoming) => {
      incoming.resume();
      incoming.on("end", () => resolve(incoming.statusCode ?? 0));
    });
    outgoing.on("error", reject);
    outgoing.end(captured!.postData() ?? "");
  });
  expect(status).toBe(200);

  const mail = await waitForMail(account.email, RESET);
  expect(mail.text).not.toContain("evil.example");
  expect(mail.html).not.toContain("evil.example");
  expect(resetLink(mail).startsWith(`${E2E_URL}/reset-password?token=`)).toBe(true);
});
