// Against the second server (default limits, Upstash over the bridge to a real redis-server).
import { expect, request, test } from "./support/test";
import { LoginPage, signInAs, uniqueEmail } from "./support/pages";
import { FIXTURE_USERS } from "./support/users";
import { STRICT_URL } from "./support/env";

test.use({ baseURL: STRICT_URL });
// Eleven real sign-ins on a cold server, two cores shared with the other suites.
test.setTimeout(120_000);

const SPOOFED = ["x-forwarded-for", "x-real-ip", "true-client-ip", "cf-connecting-ip"];

test("spoofed client-IP headers do not reset the sign-in limit; the message never tells whether the account exists", async ({ page }) => {
  // An email without an account: the answers must be the ones a real account would get.
  const email = uniqueEmail("spoofer");
  const login = new LoginPage(page);
  const answers: string[] = [];
  // 10 a minute per account + IP. A sliding window weighs the previous minute only partly, so a
  // run that crosses a minute boundary may get a few more; if spoofed headers reset the counter,
  // every attempt would get a fresh one and none would be limited (the per-account limit is 100).
  for (let attempt = 1; attempt <= 20 && !answers.at(-1)?.startsWith("Too many"); attempt++) {
    const fake = `203.0.113.${attempt}`;
    await page.setExtraHTTPHeaders(Object.fromEntries(SPOOFED.map((name) => [name, fake])));
    await login.goto();
    await login.signIn(email, `wrong password number ${attempt}`);
    await expect(login.formError()).toHaveText(/Incorrect email or password\.|Too many attempts/);
    answers.push((await login.formError().textContent()) ?? "");
  }
  expect(answers.length).toBeGreaterThan(10);
  expect(answers.slice(0, 10)).toEqual(Array(10).fill("Incorrect email or password."));
  expect(answers.at(-1)).toMatch(/^Too many attempts — try again in 1 minute\.$/);
});

test("API routes answer 429 with Retry-After once the per-IP limit is spent, whatever the headers say", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: STRICT_URL });
  await signInAs(await context.newPage(), FIXTURE_USERS.editor.email, FIXTURE_USERS.editor.password);
  const api = await request.newContext({ baseURL: STRICT_URL, storageState: await context.storageState() });
  await context.close();
  let last = 0;
  let retryAfter: string | undefined;
  // A sliding window weighs the previous minute partly: a run across a minute boundary needs more.
  for (let i = 0; i < 1000 && last !== 429; i++) {
    const fake = `203.0.113.${i % 250}`;
    const response = await api.get("/api/me", { headers: Object.fromEntries(SPOOFED.map((name) => [name, fake])) });
    last = response.status();
    retryAfter = response.headers()["retry-after"];
  }
  expect(last).toBe(429);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  await api.dispose();
});
