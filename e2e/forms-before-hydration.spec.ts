// A form submitted before React hydrates (a slow phone, a script that failed to load) is sent by
// the browser itself. Without method="post" that is a GET, and the password lands in the address
// bar, the history and every proxy's log.
import { expect, test } from "./support/test";

const FORMS = [
  { path: "/login", fields: { email: "someone@example.com", password: "a secret passphrase 1" } },
  { path: "/register", fields: { email: "someone@example.com", password: "a secret passphrase 1" } },
];

test.use({ javaScriptEnabled: false });

for (const { path, fields } of FORMS) {
  test(`${path} never puts the password in the URL, even before hydration`, async ({ page }) => {
    await page.goto(path);
    for (const [name, value] of Object.entries(fields)) {
      await page.locator(`main form input[name="${name}"]`).first().fill(value);
    }
    const submitted = page.waitForRequest((request) => new URL(request.url()).pathname === path && request.isNavigationRequest(), { timeout: 10_000 });
    // The form with the password in it (the provider buttons above it are forms too).
    await page.locator("main form", { has: page.locator('input[name="password"]') }).locator("button[type=submit]").click();
    const request = await submitted;
    expect(request.method()).toBe("POST");
    expect(request.url()).not.toContain("passphrase");
    expect(page.url()).not.toContain("passphrase");
  });
}
