import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's serious and critical findings on the page as it is now, one line each. `exclude`: parts
 * axe cannot enter, checked on their own — a sandboxed frame runs no script, axe's included, and
 * axe waits for it until the test times out.
 */
export async function seriousViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}): Promise<string[]> {
  // Next streams a dynamic page's metadata after its first bytes; React hoists the <title> once it
  // arrives. Judge the page as a reader meets it, not in that first instant (a page that never
  // gets a title still fails, here or in axe).
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 10_000 });
  const builder = new AxeBuilder({ page });
  for (const selector of exclude) builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
