import { expect, test } from "./support/test";
import { actionFieldOf, callActionDirectly, openUserAsAdmin } from "./support/admin";
import { apiFor, signedInContext, withForgedAdminClaim } from "./support/sessions";
import { seriousViolations } from "./support/axe";
import { E2E_URL } from "./support/env";

// Several real sign-ins per test (bcrypt) on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

test("an editor writes, previews and publishes; a user reads; raw HTML stays text", async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await signedInContext(browser, "editor");
  const page = await editor.newPage();
  const title = `Release notes ${Date.now()}`;

  await page.goto("/editor/posts/new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator('[data-field-error="title"]')).toHaveText("Give the post a title");

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Body (Markdown)").fill('## What changed\n\n**Sessions** can be taken back.\n\n<script>window.pwned = 1</script>\n\n[click](javascript:alert(1))');
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/editor\/posts\/[A-Za-z0-9_-]+\?saved=1$/);
  const postUrl = new URL(page.url()).pathname;
  const postId = postUrl.split("/").pop()!;
  await expect(page.getByTestId("post-status")).toHaveText("draft");
  const preview = page.getByTestId("post-body");
  await expect(preview.getByRole("heading", { name: "What changed" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("Sessions");
  await expect(preview).toContainText("<script>window.pwned = 1</script>");
  expect(await preview.locator("script").count()).toBe(0);
  expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);

  // A reader cannot see a draft.
  const reader = await signedInContext(browser, "user");
  const readerPage = await reader.newPage();
  expect((await readerPage.goto(`/posts/${postId}`))?.status()).toBe(404);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("post-status")).toHaveText("published");

  await readerPage.goto("/posts");
  await readerPage.getByRole("link", { name: title }).click();
  await expect(readerPage.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(readerPage.getByTestId("post-body").locator("strong")).toHaveText("Sessions");
  expect(await readerPage.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  // Readers have no way into the editor.
  expect((await readerPage.goto(`/editor/posts/${postId}`))?.status()).toBe(403);

  // A user calling the editor's actions directly changes nothing: with a forged editor/admin role
  // claim the edge lets the call through, and the action's own check refuses it.
  await page.goto(`${postUrl}?confirm=unpublish`);
  const unpublish = await actionFieldOf(page, "Unpublish");
  const save = await actionFieldOf(page, "Save");
  // Control: the author's own direct call does reach the action.
  const own = await callActionDirectly(page.request, save, { postId, title, body: "**Sessions** can be taken back." }, postUrl);
  expect(own.status()).toBeLessThan(400);
  const real = await apiFor(browser, "user");
  const api = await withForgedAdminClaim(real);
  expect((await callActionDirectly(api, unpublish, { postId, publish: "false" }, postUrl)).status()).toBeGreaterThanOrEqual(400);
  expect((await callActionDirectly(api, save, { postId, title: "Defaced", body: "x" }, postUrl)).status()).toBeGreaterThanOrEqual(400);
  await api.dispose();
  await real.dispose();
  await readerPage.goto(`/posts/${postId}`);
  await expect(readerPage.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  // An admin may edit any post; the audit log has the publication.
  const admin = await signedInContext(browser, "admin");
  const adminPage = await admin.newPage();
  await adminPage.goto(postUrl);
  await adminPage.getByRole("link", { name: "Unpublish…" }).click();
  await expect(adminPage.getByTestId("confirm-step")).toContainText(`Unpublish “${title}”?`);
  await adminPage.getByRole("button", { name: "Unpublish" }).click();
  await expect(adminPage.getByTestId("post-notice")).toHaveText(`Unpublished “${title}”: readers no longer see it; only editors do.`);
  await expect(adminPage.getByTestId("post-status")).toHaveText("draft");
  await adminPage.goto("/admin/audit?type=post.published");
  await expect(adminPage.getByTestId("audit-table")).toContainText(title);
  expect((await readerPage.goto(`/posts/${postId}`))?.status()).toBe(404);

  for (const context of [editor, reader, admin]) await context.close();
});

test("an editor demoted mid-session: the next action and the next navigation are refused", async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await signedInContext(browser, "demoteMe");
  const page = await editor.newPage();
  await page.goto("/editor/posts/new");
  const create = await actionFieldOf(page, "Save draft");

  const admin = await signedInContext(browser, "admin");
  const adminPage = await admin.newPage();
  await openUserAsAdmin(adminPage, "demote-me@e2e.test");
  await adminPage.getByRole("link", { name: "Remove editor…" }).click();
  await adminPage.getByRole("button", { name: "Remove editor" }).click();
  await expect(adminPage.getByTestId("admin-notice")).toHaveText("Removed the editor role from demote-me@e2e.test. It applies from their next request.");

  // The action, from the form already open in the browser…
  const title = `Written after demotion ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save draft" }).click();
  // Scoped to the page's own heading: Next's route announcer repeats a new page's h1.
  await expect(page.getByRole("main").getByRole("heading", { level: 1, name: "You don’t have access to this page" })).toBeVisible();
  // …and posted directly: the cookie's role claim still says editor, so only the action's own
  // check in the data access layer stands in the way.
  expect((await callActionDirectly(page.request, create, { title, body: "x" }, "/editor/posts/new")).status()).toBeGreaterThanOrEqual(400);

  // The next navigation, although the cookie's role claim still says editor.
  expect((await page.goto("/editor/posts"))?.status()).toBe(403);

  await adminPage.goto("/editor/posts");
  await expect(adminPage.getByTestId("editor-posts")).not.toContainText(title);
  await editor.close();
  await admin.close();
});

test("quotes and code in a post are styled, readable and axe-clean in light and dark", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor");
  const state = await editor.storageState();
  const page = await editor.newPage();
  await page.goto("/editor/posts/new");
  await page.getByLabel("Title").fill(`Styled ${Date.now()}`);
  await page.getByLabel("Body (Markdown)").fill("> Quoted words.\n\nRun `npm test` first.\n\n```\nnpm run db:seed\n```");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/editor\/posts\/[A-Za-z0-9_-]+\?saved=1$/);
  const postUrl = new URL(page.url()).pathname;
  await editor.close();

  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ baseURL: E2E_URL, storageState: state, colorScheme });
    const view = await context.newPage();
    await view.goto(postUrl);
    const body = view.getByTestId("post-body");
    const quote = await body.locator("blockquote").evaluate((node) => getComputedStyle(node).borderLeftWidth);
    expect(quote, colorScheme).toBe("4px");
    const background = (selector: string) => body.locator(selector).evaluate((node) => getComputedStyle(node).backgroundColor);
    const transparent = "rgba(0, 0, 0, 0)";
    expect(await background("p code"), colorScheme).not.toBe(transparent);
    expect(await background("pre"), colorScheme).not.toBe(transparent);
    expect(await background("pre code"), colorScheme).toBe(transparent);
    expect(await seriousViolations(view), colorScheme).toEqual([]);
    await context.close();
  }
});
