import { expect, test, type Page } from "./support/test";
import { actionFieldOf, callActionDirectly, openUserAsAdmin } from "./support/admin";
import { apiFor, signedInContext, withForgedAdminClaim } from "./support/sessions";
import { BULK_DOMAIN } from "./support/bulk-users";
import { BULK_AUDIT_COUNT, BULK_AUDIT_SUBJECT } from "./support/bulk-audit";
import { FIXTURE_USERS } from "./support/users";
import { LoginPage } from "./support/pages";
import { seriousViolations } from "./support/axe";
import { E2E_URL } from "./support/env";

// Several real sign-ins per test (bcrypt) on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

async function adminPage(browser: import("@playwright/test").Browser, key: "admin" | "admin2" = "admin"): Promise<Page> {
  const context = await signedInContext(browser, key);
  return context.newPage();
}

test.describe("guard rails", () => {
  test("an admin cannot demote, deactivate or delete themselves", async ({ browser }) => {
    const page = await adminPage(browser, "admin2");
    await openUserAsAdmin(page, FIXTURE_USERS.admin2.email);

    await page.getByRole("link", { name: "Remove admin…" }).click();
    await expect(page.getByTestId("confirm-step")).toContainText(`Remove the admin role from ${FIXTURE_USERS.admin2.email}?`);
    await page.getByRole("button", { name: "Remove admin" }).click();
    await expect(page.getByTestId("admin-error")).toHaveText("You cannot remove your own admin role.");
    await expect(page.getByTestId("role-admin")).toHaveAttribute("data-granted", "true");

    await page.getByRole("link", { name: "Deactivate…" }).click();
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByTestId("admin-error")).toHaveText("You cannot deactivate your own account.");
    await expect(page.getByTestId("user-status")).toHaveText("Active");

    await page.getByRole("link", { name: "Delete account…" }).click();
    await page.getByLabel(/to confirm/).fill(FIXTURE_USERS.admin2.email);
    await page.getByRole("button", { name: "Delete account" }).click();
    await expect(page.getByTestId("admin-error")).toHaveText("You cannot delete your own account.");
    await page.goto("/admin");
    await expect(page.getByTestId("admin-overview")).toBeVisible();
    await page.context().close();
  });

  test("only roles that exist can be assigned", async ({ browser }) => {
    const page = await adminPage(browser);
    await openUserAsAdmin(page, FIXTURE_USERS.user.email);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add editor" }) });
    await form.locator('input[name="role"]').evaluate((input) => ((input as HTMLInputElement).value = "superuser"));
    await form.getByRole("button").click();
    await expect(page.getByTestId("admin-error")).toHaveText("That role does not exist.");
    await expect(page.getByTestId("user-role-list")).not.toContainText("superuser");
    await page.context().close();
  });

  test("deleting asks first, needs the account's email typed exactly, signs it out, and says so", async ({ browser }) => {
    const victim = await signedInContext(browser, "deleteMe");
    const page = await adminPage(browser);
    await openUserAsAdmin(page, FIXTURE_USERS.deleteMe.email);
    await expect(page.getByLabel(/to confirm/)).toHaveCount(0);
    await page.getByRole("link", { name: "Delete account…" }).click();
    await expect(page.getByTestId("confirm-step")).toContainText(`Delete ${FIXTURE_USERS.deleteMe.email}?`);
    await expect(page.getByTestId("confirm-step")).toContainText("This signs them out of 1 device");
    await page.getByLabel(/to confirm/).fill("someone-else@e2e.test");
    await page.getByRole("button", { name: "Delete account" }).click();
    await expect(page.getByTestId("admin-error")).toHaveText("Type the account's email exactly to delete it.");

    await page.getByLabel(/to confirm/).fill(FIXTURE_USERS.deleteMe.email);
    await page.getByRole("button", { name: "Delete account" }).click();
    // The address stays out of the URL (request logs, history): the page reads it from the audit event.
    await expect(page).toHaveURL(/\/admin\/users\?notice=deleted&event=[A-Za-z0-9_-]+$/);
    const afterDeletion = page.url();
    expect(decodeURIComponent(afterDeletion)).not.toContain(FIXTURE_USERS.deleteMe.email);
    await expect(page.getByTestId("admin-notice")).toHaveText(`Deleted ${FIXTURE_USERS.deleteMe.email} and signed them out of 1 device.`);
    // A made-up event, or another admin opening this one, says nothing at all.
    await page.goto("/admin/users?notice=deleted&event=cm0forged0000000000000000");
    await expect(page.getByTestId("users-table")).toBeVisible();
    await expect(page.getByTestId("admin-notice")).toHaveCount(0);
    const otherAdmin = await adminPage(browser, "admin2");
    await otherAdmin.goto(afterDeletion);
    await expect(otherAdmin.getByTestId("users-table")).toBeVisible();
    await expect(otherAdmin.getByTestId("admin-notice")).toHaveCount(0);
    await otherAdmin.context().close();
    const victimPage = await victim.newPage();
    await victimPage.goto("/dashboard");
    await expect(victimPage).toHaveURL(/\/login\?sessionEnded=1$/);
    await victim.close();
    await page.goto(`/admin/users?q=${encodeURIComponent(FIXTURE_USERS.deleteMe.email)}`);
    await expect(page.getByTestId("users-total")).toHaveText("0 users");
    await page.goto(`/admin/audit?type=user.deleted`);
    await expect(page.getByTestId("audit-table")).toContainText(FIXTURE_USERS.deleteMe.email);
    await page.context().close();
  });
});

test("admin server actions called directly with a weaker session change nothing", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await adminPage(browser);
  const targetId = await openUserAsAdmin(page, FIXTURE_USERS.directTarget.email);
  const userPage = `/admin/users/${targetId}`;
  const addAdmin = await actionFieldOf(page, "Add admin");
  const addEditor = await actionFieldOf(page, "Add editor");
  await page.goto(`${userPage}?confirm=deactivate`);
  const deactivate = await actionFieldOf(page, "Deactivate");
  await page.goto(`${userPage}?confirm=delete`);
  const remove = await actionFieldOf(page, "Delete account");

  // Control: the same direct call with a real admin session does reach the action, so the
  // refusals below are refusals, not calls that never arrived.
  const admin = await apiFor(browser, "admin");
  const granted = await callActionDirectly(admin, addEditor, { userId: targetId, role: "editor", grant: "true" }, userPage);
  expect(granted.headers().location ?? "").toContain("notice=role-added");
  const revoked = await callActionDirectly(admin, addEditor, { userId: targetId, role: "editor", grant: "false" }, userPage);
  expect(revoked.headers().location ?? "").toContain("notice=role-removed");
  await admin.dispose();

  for (const viewer of ["anonymous", "user", "editor"] as const) {
    const real = await apiFor(browser, viewer);
    // Anonymous callers meet the edge gate; signed-in ones carry a forged admin role claim, so the
    // edge lets them through and the action's own check in the data access layer must refuse.
    const api = viewer === "anonymous" ? real : await withForgedAdminClaim(real);
    const attempts = [
      await callActionDirectly(api, addAdmin, { userId: targetId, role: "admin", grant: "true" }, userPage),
      await callActionDirectly(api, deactivate, { userId: targetId, active: "false" }, userPage),
      await callActionDirectly(api, remove, { userId: targetId, confirmEmail: FIXTURE_USERS.directTarget.email }, userPage),
    ];
    for (const response of attempts) {
      expect(response.headers().location ?? "", viewer).not.toContain("notice=");
      // Refused: an error status, never the redirect with a notice that a performed action sends.
      if (viewer !== "anonymous") expect(response.status(), viewer).toBeGreaterThanOrEqual(400);
    }
    if (api !== real) await api.dispose();
    await real.dispose();
  }

  await page.reload();
  await expect(page.getByTestId("role-admin")).toHaveAttribute("data-granted", "false");
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  for (const actor of [FIXTURE_USERS.user.email, FIXTURE_USERS.editor.email]) {
    await page.goto(`/admin/audit?actor=${encodeURIComponent(actor)}&type=role.added`);
    await expect(page.getByRole("main").getByText("No events.")).toBeVisible();
  }
  await page.context().close();
});

test("a user deactivated mid-session is signed out on the next request", async ({ browser }) => {
  const victim = await signedInContext(browser, "deactivateMe");
  const victimPage = await victim.newPage();
  await victimPage.goto("/dashboard");
  await expect(victimPage.getByTestId("user-email")).toHaveText(FIXTURE_USERS.deactivateMe.email);

  const page = await adminPage(browser);
  await openUserAsAdmin(page, FIXTURE_USERS.deactivateMe.email);
  await expect(page.getByTestId("admin-session-list").locator("li")).toHaveCount(1);
  await page.getByRole("link", { name: "Deactivate…" }).click();
  await expect(page.getByTestId("confirm-step")).toContainText(`Deactivate ${FIXTURE_USERS.deactivateMe.email}?`);
  await expect(page.getByTestId("confirm-step")).toContainText("This signs them out of 1 device");
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(`Deactivated ${FIXTURE_USERS.deactivateMe.email} and signed them out of 1 device.`);
  await expect(page.getByTestId("admin-session-list").locator("li")).toHaveCount(0);
  await expect(page.getByTestId("audit-table")).toContainText("user.deactivated");

  await victimPage.goto("/settings");
  await expect(victimPage).toHaveURL(/\/login\?sessionEnded=1$/);
  const cookies = await victim.cookies();
  expect(cookies.find((cookie) => cookie.name === "authjs.session-token")).toBeUndefined();

  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  await victim.close();
  await page.context().close();
});

test("the admin confirm steps are axe-clean on a phone, in light and dark", async ({ browser }) => {
  const signedIn = await signedInContext(browser, "admin");
  const state = await signedIn.storageState();
  const first = await signedIn.newPage();
  const targetId = await openUserAsAdmin(first, FIXTURE_USERS.user.email);
  await signedIn.close();
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ baseURL: E2E_URL, storageState: state, colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const confirm of ["deactivate", "delete", "remove-role&role=user", "sign-out-everywhere"]) {
      await page.goto(`/admin/users/${targetId}?confirm=${confirm}`);
      await expect(page.getByTestId("confirm-step")).toBeVisible();
      expect(await seriousViolations(page), `${colorScheme} ${confirm}`).toEqual([]);
    }
    await context.close();
  }
});

test("an admin signs a user out everywhere", async ({ browser }) => {
  const victim = await signedInContext(browser, "signOutMe");
  const page = await adminPage(browser);
  const targetId = await openUserAsAdmin(page, FIXTURE_USERS.signOutMe.email);
  await page.getByRole("link", { name: "Sign out everywhere…" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${targetId}\\?confirm=sign-out-everywhere$`));
  const step = page.getByTestId("confirm-step");
  await expect(step.getByRole("heading")).toHaveText(`Sign ${FIXTURE_USERS.signOutMe.email} out everywhere?`);
  await expect(step).toContainText("This signs them out of 1 device and cancels their open emailed links.");
  // Cancel ends nothing.
  await step.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByTestId("confirm-step")).toHaveCount(0);
  const stillIn = await victim.newPage();
  await stillIn.goto("/dashboard");
  await expect(stillIn).toHaveURL(/\/dashboard$/);
  await stillIn.close();

  await page.getByRole("link", { name: "Sign out everywhere…" }).click();
  await page.getByTestId("confirm-step").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(`Signed ${FIXTURE_USERS.signOutMe.email} out of 1 device.`);
  await expect(page.getByTestId("admin-session-list").getByRole("listitem")).toHaveCount(0);
  const victimPage = await victim.newPage();
  await victimPage.goto("/dashboard");
  await expect(victimPage).toHaveURL(/\/login\?sessionEnded=1$/);
  await victim.close();
  await page.context().close();
});

test("a locked account gets the generic sign-in failure until an admin unlocks it", async ({ browser }) => {
  const { email, password } = FIXTURE_USERS.locked;
  const visitor = await browser.newContext();
  const login = new LoginPage(await visitor.newPage());
  await login.goto();
  await login.signIn(email, password);
  await expect(login.formError()).toHaveText("Incorrect email or password.");

  const page = await adminPage(browser);
  await openUserAsAdmin(page, email);
  await expect(page.getByTestId("user-lockout")).toContainText("Sign-in locked until");
  await page.getByRole("button", { name: "Unlock sign-in" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText("The sign-in lock and the failed-attempt count are cleared.");
  await expect(page.getByTestId("user-lockout")).toHaveText("Not locked · 0 failed sign-ins in a row.");
  await expect(page.getByRole("cell", { name: "account.unlocked" }).first()).toBeVisible();

  await login.goto();
  await login.signIn(email, password);
  await expect(login.formError()).toHaveCount(0);
  await expect(visitor.pages()[0]!).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await visitor.close();
  await page.context().close();
});

test("a promotion reaches the edge role claim through /auth/refresh", async ({ browser }) => {
  const promoted = await signedInContext(browser, "promoteMe");
  const promotedPage = await promoted.newPage();
  const before = await promotedPage.goto("/editor");
  expect(before?.status()).toBe(403);

  const page = await adminPage(browser);
  await openUserAsAdmin(page, FIXTURE_USERS.promoteMe.email);
  await page.getByRole("button", { name: "Add editor" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(`Gave ${FIXTURE_USERS.promoteMe.email} the editor role. It applies from their next request.`);

  // The cookie still says "user": the edge refuses until the claim is refreshed (≤ 60 s by default).
  expect((await promotedPage.goto("/editor"))?.status()).toBe(403);
  await promotedPage.goto("/auth/refresh?next=/editor");
  await expect(promotedPage).toHaveURL(/\/editor$/);
  await expect(promotedPage.getByTestId("editor-area")).toBeVisible();

  await page.getByRole("link", { name: "Remove editor…" }).click();
  await page.getByRole("button", { name: "Remove editor" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(`Removed the editor role from ${FIXTURE_USERS.promoteMe.email}. It applies from their next request.`);
  // The server decides from the database at once, whatever the cookie says.
  expect((await promotedPage.goto("/editor"))?.status()).toBe(403);
  await promoted.close();
  await page.context().close();
});

test.describe("users table", () => {
  test("search as you type, filter, sort and paginate, all in the URL", async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await adminPage(browser);
    await page.goto("/admin/users");
    await page.getByLabel("Search email or name").fill(BULK_DOMAIN);
    await expect(page).toHaveURL(new RegExp(`q=${BULK_DOMAIN.replace(/\./g, "\\.")}`));
    await expect(page.getByTestId("users-total")).toHaveText("40 users");
    const rows = page.getByTestId("user-row");
    await expect(rows).toHaveCount(25);
    const firstPage = await rows.locator("td:first-child").allTextContents();
    // Newest first: listed-39/38 share the latest timestamp.
    expect(firstPage.slice(0, 2).sort()).toEqual([`listed-38@${BULK_DOMAIN}`, `listed-39@${BULK_DOMAIN}`]);
    const range = page.getByTestId("users-range");
    await expect(range).toHaveText("1–25 of 40");
    await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(rows).toHaveCount(15);
    await expect(range).toHaveText("26–40 of 40");
    const secondPage = await rows.locator("td:first-child").allTextContents();
    expect(new Set([...firstPage, ...secondPage]).size).toBe(40);
    await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);

    // Previous is a keyset page too (before=): the first page again, with nothing before it.
    await page.getByRole("link", { name: "Previous page" }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(range).toHaveText("1–25 of 40");
    expect(await rows.locator("td:first-child").allTextContents()).toEqual(firstPage);
    await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(range).toHaveText("26–40 of 40");
    expect(await rows.locator("td:first-child").allTextContents()).toEqual(secondPage);
    await page.goBack();
    await page.goBack();

    await page.goBack();
    await expect(rows).toHaveCount(25);

    // Search by name, any part.
    await page.getByLabel("Search email or name").fill("zelda findable");
    await expect(page.getByTestId("users-total")).toHaveText("4 users");

    await page.getByLabel("Search email or name").fill(BULK_DOMAIN);
    await expect(page.getByTestId("users-total")).toHaveText("40 users");
    await page.getByLabel("Status").selectOption("inactive");
    await expect(page).toHaveURL(/status=inactive/);
    await expect(page.getByTestId("users-total")).toHaveText("8 users");
    await page.getByLabel("Status").selectOption("");
    await page.getByLabel("Role").selectOption("editor");
    await expect(page.getByTestId("users-total")).toHaveText("10 users");
    await page.getByLabel("Role").selectOption("");
    await page.getByLabel("Sign-in method").selectOption("provider");
    await expect(page.getByTestId("users-total")).toHaveText("14 users");
    await expect(rows.first()).toContainText("github");
    await page.getByLabel("Sign-in method").selectOption("password");
    await expect(page.getByTestId("users-total")).toHaveText("26 users");

    await page.getByLabel("Sign-in method").selectOption("");
    await page.getByLabel("Sort by").selectOption("email");
    await expect(page).toHaveURL(/sort=email/);
    await expect(rows.first().locator("td").first()).toHaveText(`listed-00@${BULK_DOMAIN}`);
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(rows.first().locator("td").first()).toHaveText(`listed-25@${BULK_DOMAIN}`);

    // The view is shareable: a fresh load of the URL shows the same rows.
    const url = page.url();
    const other = await adminPage(browser);
    await other.goto(url);
    await expect(other.getByTestId("user-row").first().locator("td").first()).toHaveText(`listed-25@${BULK_DOMAIN}`);
    await other.context().close();
    await page.context().close();
  });

  test("the overview shows counts, the sign-in chart and the latest events", async ({ browser }) => {
    const page = await adminPage(browser);
    await page.goto("/admin");
    await expect(page.getByTestId("activity-day")).toHaveCount(14);
    const today = new Date().toISOString().slice(0, 10);
    const succeeded = Number(await page.locator(`[data-testid="activity-day"][data-day="${today}"]`).getAttribute("data-succeeded"));
    expect(succeeded).toBeGreaterThan(0);
    await expect(page.getByTestId("audit-table")).toContainText("sign_in.succeeded");
    await page.context().close();
  });

  test("on a phone the chart's day labels stay readable and never overlap", async ({ browser }) => {
    const page = await adminPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/admin");
    const labels = page.getByTestId("activity-labels").locator("span");
    await expect(labels).toHaveCount(14);
    const shown = await labels.evaluateAll((spans) =>
      spans
        .filter((span) => getComputedStyle(span).visibility === "visible")
        .map((span) => {
          const range = document.createRange();
          range.selectNodeContents(span);
          const box = range.getBoundingClientRect();
          return { left: box.left, right: box.right, size: parseFloat(getComputedStyle(span).fontSize) };
        }),
    );
    expect(shown.length).toBeGreaterThanOrEqual(7);
    for (const [index, label] of shown.entries()) {
      expect(label.size).toBeGreaterThanOrEqual(12);
      expect(label.left).toBeGreaterThanOrEqual(0);
      expect(label.right).toBeLessThanOrEqual(390);
      // A gap of at least one character's width between neighbours.
      if (index > 0) expect(label.left - shown[index - 1]!.right).toBeGreaterThanOrEqual(6);
    }
    await page.getByTestId("activity-labels").locator("..").screenshot({ path: test.info().outputPath("admin-chart-390.png") });
    await page.context().close();
  });

  test("the security log filters by type, actor, subject and date", async ({ browser }) => {
    const page = await adminPage(browser);
    await page.goto("/admin/audit");
    await page.getByLabel("Event type").selectOption("sign_in.succeeded");
    await page.getByLabel("Actor (email or id)").fill(FIXTURE_USERS.admin.email);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel("From").fill(today);
    await page.getByLabel("To", { exact: true }).fill(today);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/type=sign_in.succeeded/);
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) {
      expect(text).toContain("sign_in.succeeded");
      expect(text).toContain(FIXTURE_USERS.admin.email);
    }
    await page.getByLabel("From").fill("2020-01-01");
    await page.getByLabel("To", { exact: true }).fill("2020-01-02");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("main").getByText("No events.")).toBeVisible();
    await page.context().close();
  });

  test("the security log pages back and forth with its filters kept, saying where each page starts", async ({ browser }) => {
    const page = await adminPage(browser);
    await page.goto("/admin/audit");
    await page.getByLabel("Event type").selectOption("sign_in.failed");
    await page.getByLabel("Subject (email or id)").fill(BULK_AUDIT_SUBJECT);
    await page.getByRole("button", { name: "Filter" }).click();
    const rows = page.getByTestId("audit-row");
    const range = page.getByTestId("audit-range");
    const previous = page.getByRole("link", { name: "Previous page" });
    const next = page.getByRole("link", { name: "Next page" });
    // Each seeded event carries its number; pairs share a timestamp, so a page holds whole pairs.
    const attempts = async () => (await rows.allTextContents()).map((text) => Number(/attempt\s*(\d+)/.exec(text)?.[1]));
    const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => to - index);
    const keptFilters = () => {
      const url = new URL(page.url());
      expect(url.searchParams.get("type")).toBe("sign_in.failed");
      expect(url.searchParams.get("subject")).toBe(BULK_AUDIT_SUBJECT);
    };

    await expect(range).toHaveText(`1–50 of ${BULK_AUDIT_COUNT}`);
    keptFilters();
    await expect(rows).toHaveCount(50);
    const first = await rows.allTextContents();
    expect((await attempts()).sort((a, b) => b - a)).toEqual(numbers(71, 120));
    await expect(previous).toHaveCount(0);

    await next.click();
    await expect(range).toHaveText(`51–100 of ${BULK_AUDIT_COUNT}`);
    await expect(page).toHaveURL(/after=/);
    keptFilters();
    const second = await rows.allTextContents();
    expect((await attempts()).sort((a, b) => b - a)).toEqual(numbers(21, 70));

    await next.click();
    await expect(range).toHaveText(`101–120 of ${BULK_AUDIT_COUNT}`);
    await expect(rows).toHaveCount(20);
    expect((await attempts()).sort((a, b) => b - a)).toEqual(numbers(1, 20));
    await expect(next).toHaveCount(0);

    // Previous is a keyset page too (before=): the same rows in the same order as on the way there.
    await previous.click();
    await expect(range).toHaveText(`51–100 of ${BULK_AUDIT_COUNT}`);
    await expect(page).toHaveURL(/before=/);
    keptFilters();
    expect(await rows.allTextContents()).toEqual(second);

    await previous.click();
    await expect(range).toHaveText(`1–50 of ${BULK_AUDIT_COUNT}`);
    keptFilters();
    expect(await rows.allTextContents()).toEqual(first);
    await expect(previous).toHaveCount(0);
    await expect(page.getByRole("link", { name: "First page" })).toHaveCount(0);
    await page.context().close();
  });
});

// Issue 15: the chart's <title> had several children, so the server HTML's title was empty, React
// threw away the server HTML on every load (#418) and the chart had no accessible name.
test("the activity chart is named in the server HTML and /admin hydrates without an error", async ({ browser }) => {
  const page = await adminPage(browser);
  const response = await page.goto("/admin");
  expect(await response?.text()).toMatch(/<title id="activity-title">Sign-ins and failed sign-ins per day, last \d+ days<\/title>/);
  await expect(page.getByRole("img", { name: /^Sign-ins and failed sign-ins per day, last \d+ days$/ })).toBeVisible();
  // The suite's fixture (e2e/support/test.ts) fails this test on the hydration error itself.
  await page.getByRole("link", { name: "Users" }).first().click();
  await expect(page).toHaveURL(/\/admin\/users/);
  await page.context().close();
});

test("on a phone the users table, the security log and the sessions list are cards: nothing scrolls sideways, axe clean in both schemes", async ({ browser }) => {
  const page = await adminPage(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  const pages = [
    // Both tables have more than a page here, so axe also judges their Next link and range line.
    { path: `/admin/users?q=${BULK_DOMAIN}`, table: "users-table", range: "users-range" },
    { path: "/admin/audit", table: "audit-table", range: "audit-range" },
    { path: "/settings/sessions", table: null, range: null },
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const { path, table, range } of pages) {
      await page.goto(path);
      if (range) await expect(page.getByTestId(range)).toBeVisible();
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      if (table) {
        // Nor inside its own scroll box: the rows are blocks, each cell labelled by its column.
        const rows = page.getByTestId(table).locator("tbody tr");
        await expect(rows.first()).toBeVisible();
        const box = await page.getByTestId(table).evaluate((element) => ({ inner: element.parentElement!.scrollWidth, outer: element.parentElement!.clientWidth }));
        expect(box.inner, `${path}'s table scrolls sideways`).toBeLessThanOrEqual(box.outer);
        expect(await rows.first().evaluate((row) => getComputedStyle(row).display)).toBe("block");
        const label = await rows.first().locator("td").first().evaluate((cell) => getComputedStyle(cell, "::before").content);
        expect(label).toBe(table === "users-table" ? '"Email"' : '"Time"');
      }
      expect(await seriousViolations(page), `${path} in ${colorScheme}`).toEqual([]);
    }
  }
  // A desktop keeps the table: header row shown, rows as table rows.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/admin/users?q=${BULK_DOMAIN}`);
  await expect(page.getByTestId("users-table").getByRole("columnheader", { name: "Email" })).toBeVisible();
  expect(await page.getByTestId("user-row").first().evaluate((row) => getComputedStyle(row).display)).toBe("table-row");
  await page.context().close();
});
