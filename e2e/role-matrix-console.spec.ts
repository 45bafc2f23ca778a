import { expect, test, type APIRequestContext } from "./support/test";
import { apiFor } from "./support/sessions";

test.describe.configure({ timeout: 120_000 });

// The routes this issue added, per role. Markers only the page itself renders.
const ROUTES = {
  "/settings": 'data-testid="settings-account"',
  "/settings/sessions": 'data-testid="session-list"',
  "/posts": "Posts",
  "/editor/posts": 'data-testid="editor-posts"',
  "/editor/posts/new": "Save draft",
  "/admin/users": 'data-testid="users-table"',
  "/admin/audit": 'data-testid="audit-table"',
} as const;
type Route = keyof typeof ROUTES;
type Viewer = "anonymous" | "user" | "editor" | "admin";

const ALL_OK: Record<Route, "ok"> = Object.fromEntries(Object.keys(ROUTES).map((route) => [route, "ok"])) as Record<Route, "ok">;
const MATRIX: Record<Viewer, Record<Route, "ok" | "login" | "forbidden">> = {
  anonymous: Object.fromEntries(Object.keys(ROUTES).map((route) => [route, "login"])) as Record<Route, "login">,
  user: { ...ALL_OK, "/editor/posts": "forbidden", "/editor/posts/new": "forbidden", "/admin/users": "forbidden", "/admin/audit": "forbidden" },
  editor: { ...ALL_OK, "/admin/users": "forbidden", "/admin/audit": "forbidden" },
  admin: ALL_OK,
};

for (const viewer of Object.keys(MATRIX) as Viewer[]) {
  test(`${viewer}: settings, posts, editor and admin console routes`, async ({ browser }) => {
    const api: APIRequestContext = await apiFor(browser, viewer);
    for (const [route, expected] of Object.entries(MATRIX[viewer]) as [Route, string][]) {
      for (const path of [route, `${route}.rsc`]) {
        const response = await api.get(path, { maxRedirects: 0 });
        const body = await response.text();
        if (expected === "ok" && path === route) {
          expect(response.status(), path).toBe(200);
          expect(body, path).toContain(ROUTES[route]);
        } else if (expected === "login") {
          expect(response.status(), path).toBe(307);
          expect(response.headers().location, path).toMatch(/^\/login\?callbackUrl=/);
        } else if (expected === "forbidden") {
          // Next strips a `.rsc` suffix before the edge gate sees the path, so the gate refuses it
          // like the page, and Next answers with a payload (a 404, or the 403 boundary with status
          // 200): never the page, never an error.
          if (path === route) expect(response.status(), path).toBe(403);
          else expect(response.status(), path).toBeLessThan(500);
          expect(body, path).not.toContain(ROUTES[route]);
        }
      }
      // Skipping the middleware changes nothing: the data access layer answers the same.
      if (expected === "forbidden") {
        const response = await api.get(route, { maxRedirects: 0, headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } });
        expect(response.status(), route).not.toBe(200);
        expect(await response.text(), route).not.toContain(ROUTES[route]);
      }
    }
    await api.dispose();
  });
}
