// "The last active admin cannot be demoted, deactivated or deleted", end to end, on a server
// whose database holds exactly two admins (LAST_ADMIN_ENV), so the fixture admins the other
// tests share are never touched.
//
// Whoever asks the server for an admin change is an active admin (the data access layer sees to
// it), and the self rules answer an admin acting on themselves first: one request alone never
// meets this rule. It guards against two admins removing each other at once, each request past
// its permission check while the other admin was still active. Fired together over HTTP, such
// requests do not interleave on this build (SQLite: each request's database work runs without
// yielding to the other; tried, 0 of 10 rounds), so the second request is played here by the
// domain rule the action calls, run on the server's database (e2e/support/last-admin-attempt.ts),
// with the authorization it already had; the browser shows what the server then holds.
import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "./support/test";
import { openUserAsAdmin } from "./support/admin";
import { LAST_ADMIN_ENV, LAST_ADMIN_URL } from "./support/env";
import { LAST_ADMINS } from "./support/last-admin";
import { LoginPage } from "./support/pages";

// Sign-ins (bcrypt) and a few tsx processes on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

type Admin = (typeof LAST_ADMINS)[keyof typeof LAST_ADMINS];
type Change = "deactivate" | "activate" | "demote" | "promote" | "delete";

async function signedInPage(browser: Browser, admin: Admin): Promise<Page> {
  const context = await browser.newContext({ baseURL: LAST_ADMIN_URL });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(admin.email, admin.password);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return page;
}

/** The admin change `actor` → `target`, through lib/admin on the server's database. */
function attempt(change: Change, actor: Admin, target: Admin): { ok: boolean; reason?: string } {
  const output = execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "e2e/support/last-admin-attempt.ts", change, actor.email, target.email],
    { env: { ...process.env, DATABASE_URL: LAST_ADMIN_ENV.DATABASE_URL }, encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").at(-1) ?? "null") as { ok: boolean; reason?: string };
}

async function expectActiveAdmins(page: Page, emails: string[]): Promise<void> {
  await page.goto("/admin/users?role=admin&status=active&sort=email");
  await expect(page.getByTestId("users-total")).toHaveText(emails.length === 1 ? "1 user" : `${emails.length} users`);
  await expect(page.getByTestId("user-row").locator("td:first-child")).toHaveText(emails.sort());
}

test("the last active admin cannot be demoted, deactivated or deleted; with another admin active, they can", async ({ browser }) => {
  const { first, second } = LAST_ADMINS;
  const page = await signedInPage(browser, first);
  await expectActiveAdmins(page, [first.email, second.email]);

  // While another admin is active, the same change goes through: here, in the browser.
  await openUserAsAdmin(page, second.email);
  await page.getByRole("link", { name: "Deactivate…" }).click();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("admin-notice")).toHaveText(new RegExp(`^Deactivated ${second.email.replace(/[.]/g, "\\.")} and signed them out of \\d+ devices?\\.$`));
  await expectActiveAdmins(page, [first.email]);

  // The second admin's crossing request, against the last active admin: every way is refused.
  expect(attempt("deactivate", second, first)).toEqual({ ok: false, reason: "last-admin" });
  expect(attempt("demote", second, first)).toEqual({ ok: false, reason: "last-admin" });
  expect(attempt("delete", second, first)).toEqual({ ok: false, reason: "last-admin" });

  // Nothing changed: the last admin still runs the console, active and an admin.
  await expectActiveAdmins(page, [first.email]);
  await openUserAsAdmin(page, first.email);
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  await expect(page.getByTestId("role-admin")).toHaveAttribute("data-granted", "true");
  await page.goto(`/admin/audit?actor=${encodeURIComponent(second.email)}`);
  await expect(page.getByRole("main").getByText("No events.")).toBeVisible();

  // With the second admin active again, the very same calls are allowed (so the refusals above
  // are this rule's): demote, then promote back.
  await openUserAsAdmin(page, second.email);
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByTestId("user-status")).toHaveText("Active");
  expect(attempt("demote", second, first)).toEqual({ ok: true });
  expect(attempt("promote", second, first)).toEqual({ ok: true });
  await page.context().close();

  // The first admin's sessions ended with the role change: sign in again to see the result.
  const again = await signedInPage(browser, first);
  await expectActiveAdmins(again, [first.email, second.email]);
  await again.context().close();
});
