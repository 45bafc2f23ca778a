import { expect, test } from "./support/test";
import { seriousViolations } from "./support/axe";
import { signedInContext } from "./support/sessions";

// Several real sign-ins per test (bcrypt) on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test("end one session, then all others, then everywhere — each checked from the other browser", async ({ browser }) => {
  // Seven sign-ins (bcrypt), two confirm steps and an axe check.
  test.setTimeout(150_000);
  const mine = await signedInContext(browser, "sessions");
  const other = await signedInContext(browser, "sessions");
  const page = await mine.newPage();
  const otherPage = await other.newPage();

  await page.goto("/settings/sessions");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("this-device")).toHaveCount(1);
  await expect(rows.first()).toContainText(/Chrome \d+ on Windows/);
  await expect(rows.first()).toContainText("IP ");

  // End one: the row that is not this device.
  const otherRow = rows.filter({ hasNot: page.getByTestId("this-device") });
  await otherRow.getByRole("button", { name: "End session" }).click();
  await expect(page.getByTestId("sessions-notice")).toHaveText("The session was ended.");
  await expect(rows).toHaveCount(1);

  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login\?sessionEnded=1$/);
  // This device is untouched.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);

  // End all others: sign the second browser in again (twice), then end them from the first.
  await other.close();
  const second = await signedInContext(browser, "sessions");
  const third = await signedInContext(browser, "sessions");
  await page.goto("/settings/sessions");
  await expect(rows).toHaveCount(3);
  // Destructive steps ask first, saying what they will end, and a way back changes nothing.
  await page.getByRole("link", { name: "End all other sessions…" }).click();
  await expect(page.getByRole("region", { name: "End all other sessions?" })).toContainText("signs your account out of 2 devices besides this one");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByTestId("confirm-step")).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  await page.getByRole("link", { name: "End all other sessions…" }).click();
  await page.getByRole("button", { name: "Sign out of 2 devices" }).click();
  await expect(page.getByTestId("sessions-notice")).toHaveText("You signed out of 2 devices besides this one.");
  await expect(rows).toHaveCount(1);
  for (const context of [second, third]) {
    const p = await context.newPage();
    await p.goto("/settings/sessions");
    await expect(p).toHaveURL(/\/login\?sessionEnded=1$/);
    await context.close();
  }

  // Sign out everywhere: this browser and a fresh one both end.
  const fourth = await signedInContext(browser, "sessions");
  await page.goto("/settings");
  await page.getByRole("link", { name: "Sign out everywhere…" }).click();
  await expect(page).toHaveURL(/\/settings\?confirm=sign-out-everywhere$/);
  await page.getByRole("button", { name: "Sign out of 2 devices" }).click();
  await expect(page).toHaveURL(/\/login\?signedOutDevices=2&signedOutApps=0$/);
  await expect(page.getByTestId("signed-out-everywhere-notice")).toHaveText("You signed out of 2 devices, this one included.");
  const fourthPage = await fourth.newPage();
  await fourthPage.goto("/dashboard");
  await expect(fourthPage).toHaveURL(/\/login\?sessionEnded=1$/);
  await fourth.close();
  await mine.close();
});

test("another user's session id cannot be ended from settings", async ({ browser }) => {
  const victim = await signedInContext(browser, "promoteMe");
  const victimPage = await victim.newPage();
  await victimPage.goto("/settings/sessions");
  const victimSessionId = await victimPage.getByTestId("this-device").locator("xpath=ancestor::li").getAttribute("data-session-id");
  expect(victimSessionId).toBeTruthy();

  const attacker = await signedInContext(browser, "user");
  const page = await attacker.newPage();
  await page.goto("/settings/sessions");
  // Point this user's own "End session" form at the victim's id, as a forged request would.
  await page.locator('input[name="sessionId"]').first().evaluate((input, id) => ((input as HTMLInputElement).value = id), victimSessionId!);
  await page.getByTestId("session-row").first().getByRole("button").click();
  await expect(page).toHaveURL(/\/settings\/sessions\?ended=one$/);

  await victimPage.goto("/dashboard");
  await expect(victimPage).toHaveURL(/\/dashboard$/);
  await victim.close();
  await attacker.close();
});

test("the settings area needs a signed-in user", async ({ page }) => {
  await page.goto("/settings/sessions");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings%2Fsessions$/);
});
