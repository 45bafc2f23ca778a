import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe's serious and critical findings on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Next streams a dynamic page's metadata after its first bytes; React hoists the <title> once it
  // arrives. Judge the page as a reader meets it, not in that first instant (a page that never
  // gets a title still fails, here or in axe).
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
