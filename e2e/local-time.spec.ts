// Dates show in the viewer's own time zone, with UTC on hover; the server sends UTC and the
// switch after hydration raises no warning (the test fixture fails on any).
import { expect, test } from "./support/test";
import { signedInContext } from "./support/sessions";
import { BULK_DOMAIN } from "./support/bulk-users";
import { E2E_URL } from "./support/env";

test("a known date shows in the viewer's zone (New York), and its title holds UTC", async ({ browser }) => {
  test.setTimeout(90_000);
  const signedIn = await signedInContext(browser, "admin");
  const state = await signedIn.storageState();
  await signedIn.close();
  const context = await browser.newContext({ baseURL: E2E_URL, storageState: state, timezoneId: "America/New_York" });
  const page = await context.newPage();
  const email = `listed-00@${BULK_DOMAIN}`;
  // Created 2025-01-01T00:00Z by the fixtures: still New Year's Eve in New York.
  const response = await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  expect(await response?.text()).toContain(">1 Jan 2025, 00:00 UTC</time>");
  const created = page.getByTestId("users-table").locator('time[datetime="2025-01-01T00:00:00.000Z"]');
  await expect(created).toHaveText("31 Dec 2024, 19:00 GMT-5");
  await expect(created).toHaveAttribute("title", "1 Jan 2025, 00:00 UTC");
  await context.close();
});
