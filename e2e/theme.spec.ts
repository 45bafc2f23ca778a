// Dark mode: it follows the device's setting, a switch in the header fixes light or dark for
// good (a cookie the server reads, so the first HTML is already right), and every page checked
// stays free of serious accessibility findings in both schemes.
import { expect, test, type Page } from "./support/test";
import { seriousViolations } from "./support/axe";
import { signedInContext } from "./support/sessions";
import { E2E_URL } from "./support/env";

test.setTimeout(90_000);

/** The page background's lightness, 0 (black) to 255 (white), whatever colour syntax it is in. */
const backgroundLightness = (page: Page) =>
  page.evaluate(() => {
    // A canvas turns lab(), oklch() or rgb() into sRGB bytes.
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
  });

const PAGES = ["/settings", "/settings/sessions", "/dashboard", "/admin", "/admin/users", "/admin/audit"];

for (const colorScheme of ["light", "dark"] as const) {
  test(`${colorScheme} by the device's setting: the scheme shows, and axe finds nothing serious`, async ({ browser }) => {
    const anonymous = await browser.newContext({ baseURL: E2E_URL, colorScheme });
    const page = await anonymous.newPage();
    await page.goto("/login");
    const lightness = await backgroundLightness(page);
    expect(colorScheme === "dark" ? lightness < 40 : lightness > 230, `background lightness ${lightness} in ${colorScheme}`).toBe(true);
    for (const path of ["/", "/login", "/register", "/forgot-password", "/goodbye"]) {
      await page.goto(path);
      expect(await seriousViolations(page), `${path} in ${colorScheme}`).toEqual([]);
    }
    await anonymous.close();

    const admin = await signedInContext(browser, "admin");
    const signedIn = await admin.newPage();
    await signedIn.emulateMedia({ colorScheme });
    for (const path of PAGES) {
      await signedIn.goto(path);
      expect(await seriousViolations(signedIn), `${path} in ${colorScheme}`).toEqual([]);
    }
    await signedIn.goto("/settings?confirm=sign-out-everywhere");
    expect(await seriousViolations(signedIn), `the confirm step in ${colorScheme}`).toEqual([]);
    await admin.close();
  });
}

test("the switch fixes a scheme that outlasts a reload and beats the device's, and System hands back", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_URL, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/login");
  const theme = page.getByRole("group", { name: "Colour theme" });
  await expect(theme.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");

  await theme.getByRole("button", { name: "Light" }).click();
  await expect(theme.getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await backgroundLightness(page)).toBeGreaterThan(230);

  // The server's first HTML already carries the choice: nothing to flash before a script runs.
  const html = await (await context.request.get("/login")).text();
  expect(html).toMatch(/<html[^>]* data-theme="light"/);

  await page.reload();
  expect(await backgroundLightness(page)).toBeGreaterThan(230);
  await page.emulateMedia({ colorScheme: "light" });
  await theme.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await backgroundLightness(page)).toBeLessThan(40);

  await theme.getByRole("button", { name: "System" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  expect(await backgroundLightness(page)).toBeGreaterThan(230);
  await context.close();
});

test("the switch works before (and without) JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_URL, javaScriptEnabled: false, colorScheme: "light" });
  const page = await context.newPage();
  await page.goto("/register");
  await page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  await context.close();
});
