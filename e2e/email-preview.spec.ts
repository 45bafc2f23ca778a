// Emails in dark mode, as the development outbox previews them: the email follows the device's
// scheme like a mail app does, the header's Light/Dark choice beats the device's here as on every
// page, and the outbox stays free of serious accessibility findings in both schemes.
import { expect, test, type Page } from "./support/test";
import { registerAccount, signedInBrowser } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { CLOCK_URL } from "./support/env";
import { FIXTURE_USERS } from "./support/users";

// The clock server keeps its mail in /dev/outbox (for admins); its clock is not used here.
test.use({ baseURL: CLOCK_URL });
test.setTimeout(90_000);

const PREVIEW = 'iframe[title="HTML part of the email"]';

type Rgb = [number, number, number];

function rgb(color: string): Rgb {
  const match = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const contrast = (a: Rgb, b: Rgb) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

/** The computed colours inside the preview's frame: page, card, text, a note and the button. */
async function previewColours(page: Page) {
  const frame = page.frameLocator(PREVIEW);
  const style = (selector: string, property: "color" | "backgroundColor") =>
    frame.locator(selector).first().evaluate((element, name) => getComputedStyle(element)[name], property);
  return {
    page: rgb(await style("body", "backgroundColor")),
    card: rgb(await style(".gh-card", "backgroundColor")),
    text: rgb(await style(".gh-card > p", "color")),
    note: rgb(await style(".gh-card > p.gh-muted", "color")),
    button: rgb(await style("a.gh-button", "backgroundColor")),
    buttonText: rgb(await style("a.gh-button", "color")),
  };
}

async function expectScheme(page: Page, scheme: "light" | "dark") {
  // The preview reloads its frame after a theme change; poll until the new document has painted.
  await expect.poll(async () => luminance((await previewColours(page)).page) < 0.05, { message: `the email's background in ${scheme}` }).toBe(scheme === "dark");
  const colours = await previewColours(page);
  expect(luminance(colours.card) < 0.05, `the card in ${scheme}`).toBe(scheme === "dark");
  expect(contrast(colours.text, colours.card), "text on the card").toBeGreaterThanOrEqual(7);
  expect(contrast(colours.note, colours.card), "a note on the card").toBeGreaterThanOrEqual(4.5);
  expect(contrast(colours.buttonText, colours.button), "the button's label").toBeGreaterThanOrEqual(4.5);
  // The button stands out from the card it sits on, light or dark.
  expect(contrast(colours.button, colours.card), "the button on the card").toBeGreaterThanOrEqual(3);
}

/**
 * axe on the preview page, and on the email it shows opened as a page of its own, in the same
 * scheme: axe cannot enter the sandboxed frame.
 */
async function previewViolations(admin: Page, colorScheme: "light" | "dark"): Promise<string[]> {
  const around = await seriousViolations(admin, { exclude: [PREVIEW] });
  const email = await admin.context().newPage();
  await email.emulateMedia({ colorScheme });
  await email.setContent((await admin.locator(PREVIEW).getAttribute("srcdoc")) ?? "");
  const inside = await seriousViolations(email);
  await email.close();
  return [...around, ...inside.map((violation) => `in the email: ${violation}`)];
}

/** An admin's page on the preview of the verification email just sent to `to`. */
async function openVerificationEmail(admin: Page, to: string) {
  await admin.goto("/dev/outbox");
  const entry = admin.getByTestId("outbox").getByRole("listitem").filter({ hasText: `to ${to}` });
  await entry.getByRole("link", { name: "Confirm your email address" }).click();
  await expect(admin.getByTestId("outbox-to")).toHaveText(to);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`in ${colorScheme} by the device's setting, the email previews ${colorScheme} and readable, and axe finds nothing serious`, async ({ page, browser }) => {
    const account = await registerAccount(page, `preview-${colorScheme}`);
    const { context, page: admin } = await signedInBrowser(browser, FIXTURE_USERS.admin, CLOCK_URL);
    await admin.emulateMedia({ colorScheme });
    await admin.goto("/dev/outbox");
    expect(await seriousViolations(admin), `/dev/outbox in ${colorScheme}`).toEqual([]);
    await openVerificationEmail(admin, account.email);
    await expectScheme(admin, colorScheme);
    expect(await previewViolations(admin, colorScheme), `the preview in ${colorScheme}`).toEqual([]);
    await context.close();
  });
}

test("the header's Dark beats a light device in the preview, and Light beats a dark one", async ({ page, browser, pageProblems }) => {
  // Playwright's trace recorder, not the app: it tries to script the sandboxed frame when the
  // switch gives it a new document, and Chromium logs the refusal (none without tracing).
  pageProblems.allow(/^console error on \S+\/dev\/outbox\/\S+: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  const account = await registerAccount(page, "preview-switch");
  const { context, page: admin } = await signedInBrowser(browser, FIXTURE_USERS.admin, CLOCK_URL);
  await admin.emulateMedia({ colorScheme: "light" });
  await openVerificationEmail(admin, account.email);
  await expectScheme(admin, "light");

  const theme = admin.getByRole("group", { name: "Colour theme" });
  await theme.getByRole("button", { name: "Dark" }).click();
  await expect(admin.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectScheme(admin, "dark");
  // As the server renders it for the cookie, not only after the switch's refresh.
  await admin.reload();
  await expectScheme(admin, "dark");
  // Under a light device: the email must be dark by what the preview wrote into it.
  expect(await previewViolations(admin, "light"), "the preview with Dark chosen").toEqual([]);

  await admin.emulateMedia({ colorScheme: "dark" });
  await theme.getByRole("button", { name: "Light" }).click();
  await expect(admin.locator("html")).toHaveAttribute("data-theme", "light");
  await expectScheme(admin, "light");
  await context.close();
});
