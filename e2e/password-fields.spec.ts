import { expect, test, type Page } from "./support/test";
import { signInAs } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";

// Issue 15: a show-password toggle on every password field.
async function everyPasswordFieldToggles(page: Page, labels: string[]) {
  await expect(page.locator('input[type="password"]')).toHaveCount(labels.length);
  for (const label of labels) {
    const field = page.getByLabel(label, { exact: true });
    await field.fill("granite otter lantern");
    await page.getByRole("button", { name: `Show ${label.toLowerCase()}`, exact: true }).click();
    await expect(field).toHaveAttribute("type", "text");
    await expect(field).toHaveValue("granite otter lantern");
    await page.getByRole("button", { name: `Hide ${label.toLowerCase()}`, exact: true }).click();
    await expect(field).toHaveAttribute("type", "password");
  }
}

test("the sign-in and registration password fields can be shown and hidden", async ({ page }) => {
  await page.goto("/login");
  await everyPasswordFieldToggles(page, ["Password"]);
  await page.goto("/register");
  await everyPasswordFieldToggles(page, ["Password", "Confirm password"]);
});

test("the settings password fields can be shown and hidden", async ({ page }) => {
  await signInAs(page, FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
  await page.goto("/settings/security");
  const hidden = page.locator('input[type="password"]');
  const count = await hidden.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Each revealed field leaves the locator, so the first one is always the next to try.
  for (let shown = 0; shown < count; shown++) {
    const input = hidden.first();
    const id = await input.getAttribute("id");
    await input.fill("granite otter lantern");
    await page.locator(`button[aria-controls="${id}"]`).click();
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute("type", "text");
    await expect(page.locator(`button[aria-controls="${id}"]`)).toHaveAttribute("aria-pressed", "true");
  }
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
});
