import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ baseURL: "http://localhost:3999" });
await page.goto("/login");
await page.getByLabel("Email").fill(process.argv[2]);
await page.getByLabel("Password", { exact: true }).fill(process.argv[3]);
await page.getByRole("button", { name: /^Sign in$/ }).click();
await page.waitForURL(/dashboard/);
for (const p of process.argv.slice(4)) {
  const res = await page.request.get(p, { maxRedirects: 0 });
  const t = await res.text();
  console.log(p, res.headers()["x-dbg"], res.status(), res.headers()["content-type"], t.length, ["Save draft","have access","could not be found","Edit post"].filter((m) => t.includes(m)));
}
await browser.close();
