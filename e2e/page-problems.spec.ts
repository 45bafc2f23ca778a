import { expect, isWatched, test, watch } from "./support/test";

// The guard every test runs under (e2e/support/test.ts): what it collects from the pages.
test("an uncaught error, a console error and a hydration warning are collected", async ({ browser, pageProblems }) => {
  // Provoked below on purpose: the suite's own watcher sees them too.
  pageProblems.allow(/thrown by the page|logged by the page|A tree hydrated/);
  const problems: string[] = [];
  const context = watch(await browser.newContext(), problems);
  const page = await context.newPage();
  await page.goto("/login");
  const thrown = page.waitForEvent("pageerror");
  await page.evaluate(() => setTimeout(() => { throw new Error("thrown by the page"); }));
  await thrown;
  const logged = page.waitForEvent("console", (message) => message.text() === "A tree hydrated but some attributes did not match");
  await page.evaluate(() => {
    console.error("logged by the page");
    console.warn("A tree hydrated but some attributes did not match");
    console.warn("an ordinary warning");
  });
  await logged;
  await context.close();
  expect(problems).toEqual([
    `page error on ${page.url()}: thrown by the page`,
    `console error on ${page.url()}: logged by the page`,
    `console warning on ${page.url()}: A tree hydrated but some attributes did not match`,
  ]);
});

test("the page's own 403 or 404 is not a problem; a missing subresource is", async ({ browser, pageProblems }) => {
  pageProblems.allow(/no-such-page: Failed to load resource/);
  const problems: string[] = [];
  const context = watch(await browser.newContext(), problems);
  const page = await context.newPage();
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
  const missing = page.waitForEvent("console");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "/no-such-image.png";
    document.body.append(image);
  });
  await missing;
  await context.close();
  expect(problems).toEqual([expect.stringMatching(/^console error on .*\/no-such-page: Failed to load resource: .*404/)]);
});

test("contexts and pages the test makes itself are watched by the suite's fixture", async ({ browser, page }) => {
  expect(isWatched(page.context())).toBe(true);
  const context = await browser.newContext();
  expect(isWatched(context)).toBe(true);
  const other = await browser.newPage();
  expect(isWatched(other.context())).toBe(true);
  await other.close();
  await context.close();
});
