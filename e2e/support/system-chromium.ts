import { existsSync } from "node:fs";

/**
 * Debian's Chromium, where it is installed (Playwright cannot download its own browser on an
 * offline machine); undefined elsewhere, and Playwright uses its bundled browser.
 */
export function systemChromium(): string | undefined {
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
}
