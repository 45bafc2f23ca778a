import { expect, request, test, type APIRequestContext } from "./support/test";
import { decode, encode } from "next-auth/jwt";
import { E2E_ENV, E2E_URL } from "./support/env";
import { apiAs, signedInContext, type Viewer } from "./support/sessions";

const COOKIE = "authjs.session-token";

// Markers that only the protected pages render.
const CONTENT = {
  "/dashboard": "Your account",
  "/editor": 'data-testid="editor-area"',
  "/admin": 'data-testid="admin-overview"',
} as const;

// Each page's own title, which a viewer it refuses must not get.
const TITLES = {
  "/dashboard": "Dashboard · Gatehouse",
  "/editor": "Editor · Gatehouse",
  "/admin": "Admin · Gatehouse",
} as const;
// The document's titles: the head's (an SVG's <title> in the body names a chart).
const titlesIn = (html: string) => html.slice(0, html.indexOf("</head>")).match(/<title[^>]*>[^<]*<\/title>/g);

type Expectation = "ok" | "login" | "forbidden";
const MATRIX: Record<Viewer, Record<keyof typeof CONTENT, Expectation>> = {
  anonymous: { "/dashboard": "login", "/editor": "login", "/admin": "login" },
  user: { "/dashboard": "ok", "/editor": "forbidden", "/admin": "forbidden" },
  editor: { "/dashboard": "ok", "/editor": "ok", "/admin": "forbidden" },
  admin: { "/dashboard": "ok", "/editor": "ok", "/admin": "ok" },
};

const API: Record<Viewer, { "/api/me": number; "/api/admin/stats": number }> = {
  anonymous: { "/api/me": 401, "/api/admin/stats": 401 },
  user: { "/api/me": 200, "/api/admin/stats": 403 },
  editor: { "/api/me": 200, "/api/admin/stats": 403 },
  admin: { "/api/me": 200, "/api/admin/stats": 200 },
};

// Requests that try to slip past the edge gate. None may ever show admin content to a non-admin.
const BYPASS_HEADERS: Record<string, string>[] = [
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-subrequest": "middleware" },
  { RSC: "1" },
  { "Next-Router-Prefetch": "1", RSC: "1" },
  { "Next-Router-Prefetch": "1" },
  { "x-nextjs-data": "1" },
];
const BYPASS_PATHS = ["/admin.rsc", "/ADMIN", "/Admin", "/admin/", "/admin?_rsc=abc", "/%61dmin", "/admin/..%2Fadmin"];

for (const viewer of Object.keys(MATRIX) as Viewer[]) {
  test.describe(`${viewer}`, () => {
    let api: APIRequestContext;
    test.beforeAll(async ({ browser }) => {
      api = await apiAs(browser, viewer);
    });
    test.afterAll(async () => {
      await api.dispose();
    });

    for (const [path, expected] of Object.entries(MATRIX[viewer]) as [keyof typeof CONTENT, Expectation][]) {
      test(`${path} → ${expected}`, async () => {
        const response = await api.get(path, { maxRedirects: 0 });
        const body = await response.text();
        if (expected === "ok") {
          expect(response.status()).toBe(200);
          expect(body).toContain(CONTENT[path]);
          expect(titlesIn(body)).toEqual([`<title>${TITLES[path]}</title>`]);
        } else if (expected === "login") {
          expect(response.status()).toBe(307);
          expect(response.headers().location).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
          expect(body).not.toContain(CONTENT[path]);
        } else {
          expect(response.status()).toBe(403);
          expect(body).toContain("have access to this page");
          // The refused page's own title would say what is behind the door: one title, the 403's.
          expect(titlesIn(body)).toEqual(["<title>Forbidden · Gatehouse</title>"]);
          // The page's own title must not reach the browser in the hydration payload either.
          expect(body).not.toContain(TITLES[path]);
          expect(body).not.toContain(CONTENT[path]);
          // Regression: the gate rewrote to /forbidden, which a server bound to 127.0.0.1 proxied
          // to itself over HTTP (vercel/next.js#94745) and, under load, answered 500.
          expect(response.headers()["x-middleware-rewrite"]).toBeUndefined();
        }
      });
    }

    for (const [path, status] of Object.entries(API[viewer])) {
      test(`${path} → ${status}`, async () => {
        const response = await api.get(path, { maxRedirects: 0 });
        expect(response.status()).toBe(status);
        expect(response.headers()["content-type"]).toContain("application/json");
        if (status !== 200) expect(Object.keys(await response.json())).toEqual(["error"]);
      });
    }

    if (viewer === "user" || viewer === "editor") {
      // Takes the middleware out of the picture: a token whose role claim says admin, for a real
      // session of a non-admin. The edge gate lets it through; the data access layer must not.
      test("a forged admin role claim gets past the edge but not the data access layer", async () => {
        const state = await api.storageState();
        const cookie = state.cookies.find((c) => c.name === COOKIE)!;
        const claims = await decode({ token: cookie.value, secret: E2E_ENV.AUTH_SECRET!, salt: COOKIE });
        expect(claims?.roles).not.toContain("admin");
        const forged = await encode({ token: { ...claims, roles: ["user", "editor", "admin"] }, secret: E2E_ENV.AUTH_SECRET!, salt: COOKIE });
        const attacker = await request.newContext({ baseURL: E2E_URL, extraHTTPHeaders: { cookie: `${COOKIE}=${forged}` } });
        const targets = viewer === "user" ? ["/admin", "/editor", "/api/admin/stats"] : ["/admin", "/api/admin/stats"];
        for (const path of targets) {
          const response = await attacker.get(path, { maxRedirects: 0 });
          const body = await response.text();
          expect(response.status(), path).toBe(403);
          expect(body, path).not.toContain("admin-overview");
          expect(body, path).not.toContain("editor-area");
          expect(body, path).not.toContain('"byRole"');
        }
        // The same forged cookie still works where the real roles allow: it is the role, not the token, that is refused.
        expect((await attacker.get("/dashboard", { maxRedirects: 0 })).status()).toBe(200);
        await attacker.dispose();
      });
    }

    if (viewer !== "admin") {
      test("no header or path trick reveals admin content", async () => {
        const attempts = [
          ...BYPASS_HEADERS.map((headers) => ({ path: "/admin", headers })),
          ...BYPASS_HEADERS.map((headers) => ({ path: "/api/admin/stats", headers })),
          ...BYPASS_PATHS.map((path) => ({ path, headers: {} })),
        ];
        for (const { path, headers } of attempts) {
          const response = await api.get(path, { headers, maxRedirects: 0 });
          const body = await response.text();
          const label = `${path} ${JSON.stringify(headers)} → ${response.status()}`;
          expect(response.status(), label).not.toBe(200);
          expect(body, label).not.toContain("admin-overview");
          expect(body, label).not.toContain("Users by role");
          expect(body, label).not.toContain('"byRole"');
        }
      });
    }
  });
}

test("a refused page is titled Forbidden in the browser, on arrival and after in-app navigation", async ({ browser }) => {
  const context = await signedInContext(browser, "editor");
  const page = await context.newPage();
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don’t have access to this page");
  await expect(page).toHaveTitle("Forbidden · Gatehouse");
  await expect(page.locator("head title")).toHaveCount(1);

  await page.getByRole("link", { name: "Back to your dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page).not.toHaveTitle("Forbidden · Gatehouse");
  await expect(page.locator("head title")).toHaveCount(1);
  await context.close();
});
