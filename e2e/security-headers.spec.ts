import { expect, test, type APIResponse, type Page } from "./support/test";
import { createServer, type Server } from "node:http";
import { LoginPage, RegisterPage, signInAs, uniqueEmail } from "./support/pages";
import { apiAs } from "./support/sessions";
import { E2E_PORT, E2E_URL } from "./support/env";
import { FIXTURE_USERS } from "./support/users";

const REQUIRED_CSP = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'; .*object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'/;

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

test("every page works under the CSP, with no violations and a fresh nonce each time", async ({ page }) => {
  const violations = await watchViolations(page);
  const nonces = new Set<string>();
  const visit = async (path: string) => {
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"] ?? "";
    const nonce = csp.match(REQUIRED_CSP)?.[1];
    expect(nonce, `${path}: ${csp}`).toBeTruthy();
    nonces.add(nonce!);
    // Next put this request's nonce on its own scripts, and they ran (the page is interactive).
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  };

  for (const path of ["/", "/login", "/register", "/no-such-page"]) await visit(path);

  // The forms run under the CSP: client-side validation, then a server action.
  const register = new RegisterPage(page);
  await register.goto();
  await register.submit();
  await expect(register.fieldError("email")).toHaveText("Enter your email address");
  await new LoginPage(page).goto();
  await signInAs(page, FIXTURE_USERS.admin.email, FIXTURE_USERS.admin.password);
  for (const path of ["/dashboard", "/editor", "/admin"]) await visit(path);
  // Client-side navigation (RSC payloads) under the same policy: the admin's header link, and
  // the document stays the same one (a marker set before the click survives it).
  await page.goto("/dashboard");
  await page.evaluate(() => Object.assign(window, { beforeClientNavigation: true }));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as { beforeClientNavigation?: boolean }).beforeClientNavigation)).toBe(true);
  expect(nonces.size).toBe(7);
  expect(violations).toEqual([]);
});

function expectSecurityHeaders(
  response: APIResponse,
  label: string,
  { nonce = true, referrer = "strict-origin-when-cross-origin" }: { nonce?: boolean; referrer?: string } = {},
) {
  const headers = response.headers();
  if (nonce) expect(headers["content-security-policy"], label).toMatch(REQUIRED_CSP);
  else expect(headers["content-security-policy"], label).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe(referrer);
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"], label).toBe("same-origin");
  expect(headers["x-powered-by"], label).toBeUndefined();
  // Plain http: no HSTS (it is sent only in production over https).
  expect(headers["strict-transport-security"], label).toBeUndefined();
}

test("header matrix: pages, RSC payloads, API answers, errors, redirects, static assets", async ({ browser }) => {
  const anonymous = await apiAs(browser, "anonymous");
  const user = await apiAs(browser, "user");
  const noRedirect = { maxRedirects: 0 };

  const login = await anonymous.get("/login");
  expectSecurityHeaders(login, "page");
  expectSecurityHeaders(await anonymous.get("/login", { headers: { RSC: "1" } }), "RSC payload");
  const missing = await anonymous.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404 page");
  const redirect = await anonymous.get("/dashboard", noRedirect);
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, "middleware redirect");
  const unauthenticatedApi = await anonymous.get("/api/me");
  expect(unauthenticatedApi.status()).toBe(401);
  expectSecurityHeaders(unauthenticatedApi, "API 401");
  expectSecurityHeaders(await anonymous.get("/api/auth/session"), "Auth.js route");
  expectSecurityHeaders(await anonymous.get("/api/auth/csrf"), "Auth.js JSON");
  // The middleware's own answers get the static headers from next.config.mjs too.
  const resetLink = await anonymous.get("/reset-password?token=not-a-real-token", noRedirect);
  expect(resetLink.status()).toBe(303);
  expectSecurityHeaders(resetLink, "reset-link redirect", { referrer: "no-referrer" });
  const crossSite = await anonymous.post("/api/me", { headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expectSecurityHeaders(crossSite, "cross-site refusal");

  const me = await user.get("/api/me");
  expect(me.status()).toBe(200);
  expectSecurityHeaders(me, "API 200");
  const forbidden = await user.get("/admin");
  expect(forbidden.status()).toBe(403);
  expectSecurityHeaders(forbidden, "403 page");
  const forbiddenApi = await user.get("/api/admin/stats");
  expect(forbiddenApi.status()).toBe(403);
  expectSecurityHeaders(forbiddenApi, "API 403");

  const dashboard = await user.get("/dashboard");
  expect(dashboard.status()).toBe(200);
  expectSecurityHeaders(dashboard, "authenticated page");
  expect(dashboard.headers()["cache-control"]).toContain("no-store");
  expect((await user.get("/dashboard", { headers: { RSC: "1" } })).headers()["cache-control"]).toContain("no-store");

  const script = (await login.text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(script).toBeTruthy();
  const asset = await anonymous.get(script!);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, "static asset", { nonce: false });

  await anonymous.dispose();
  await user.dispose();
});

test.describe("cross-site requests change nothing", () => {
  let attacker: Server;
  const attackerPort = E2E_PORT + 62;
  const attackerUrl = `http://127.0.0.1:${attackerPort}`;
  let attackerPage = "";

  test.beforeAll(async () => {
    attacker = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(attackerPage);
    });
    await new Promise<void>((resolve) => attacker.listen(attackerPort, "127.0.0.1", resolve));
  });
  test.afterAll(async () => {
    attacker.closeAllConnections();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  });

  test("a form on another site posting sign-out leaves the session alive", async ({ page }) => {
    await signInAs(page, FIXTURE_USERS.user.email, FIXTURE_USERS.user.password);
    const csrf = await (await page.request.get("/api/auth/csrf")).json();
    // Even with a valid CSRF token in hand, the other site's post is refused.
    attackerPage = `<form id="f" method="post" action="${E2E_URL}/api/auth/signout">
      <input name="csrfToken" value="${csrf.csrfToken}"><input name="callbackUrl" value="/"></form>
      <script>document.getElementById("f").submit()</script>`;
    const refused = page.waitForResponse((response) => response.url().endsWith("/api/auth/signout"));
    await page.goto(attackerUrl);
    expect((await refused).status()).toBe(403);
    await page.goto(`${E2E_URL}/dashboard`);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("an Origin: null server action call (a registration) is refused and creates nothing", async ({ page, pageProblems }) => {
    // The form's own request is aborted below, on purpose, so its fetch fails.
    pageProblems.allow(/net::ERR_FAILED|page error on .*: Failed to fetch/);
    const email = uniqueEmail("nullorigin");
    const register = new RegisterPage(page);
    await register.goto();
    // Capture the real server action request, then replay it from a sandboxed origin.
    let captured: { headers: Record<string, string>; body: string } | undefined;
    await page.route("**/register", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      captured = { headers: await request.allHeaders(), body: request.postData() ?? "" };
      await route.abort();
    });
    await register.fill({ name: "Null Origin", email, password: "a perfectly fine passphrase" });
    await register.submit();
    await expect.poll(() => captured).toBeTruthy();

    for (const origin of ["null", "https://evil.example"]) {
      const headers: Record<string, string> = { ...captured!.headers, origin };
      delete headers["content-length"];
      const replay = await page.request.post("/register", { headers, data: captured!.body, maxRedirects: 0 });
      expect(replay.status(), origin).toBe(403);
    }

    // Nothing was created: signing in with that email and password fails.
    await page.unrouteAll();
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(email, "a perfectly fine passphrase");
    await expect(login.formError()).toHaveText("Incorrect email or password.");

    // The same captured call from the app's own origin does register (the replay was well-formed).
    const genuine = await page.request.post("/register", {
      headers: Object.fromEntries(Object.entries(captured!.headers).filter(([name]) => name !== "content-length")),
      data: captured!.body,
      maxRedirects: 0,
    });
    expect(genuine.status()).toBeLessThan(400);
  });
});
