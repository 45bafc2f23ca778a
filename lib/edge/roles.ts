// The one place that says what each role may do and which routes need what.
// Pure and edge-safe: imported by middleware.ts and by the data access layer alike.
// Adding a role: add it here, plus a migration that inserts its Role row.

export const ROLES = ["user", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "account:read",
  "editor:access",
  "admin:access",
  "users:read",
  "users:write",
  "audit:read",
  "posts:edit-any",
  /** Ask POST /api/v1/auth/introspect whether a token is live (services, with an API key). */
  "tokens:introspect",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  user: ["account:read"],
  editor: ["account:read", "editor:access"],
  admin: ["account:read", "editor:access", "admin:access", "users:read", "users:write", "audit:read", "posts:edit-any", "tokens:introspect"],
};

export const DEFAULT_ROLE: Role = "user";

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Unknown role names (say, a row added without code) grant nothing. */
export function permissionsOf(roles: readonly string[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) {
    if (isRole(role)) for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  }
  return granted;
}

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  return permissionsOf(roles).has(permission);
}

export type RouteRule = {
  /** Path prefix, lower-case, no trailing slash. */
  prefix: string;
  permission: Permission;
  /** API routes answer with JSON 401/403 instead of redirecting. */
  api: boolean;
};

// Most specific first. Anything not listed here is public.
export const ROUTE_RULES: readonly RouteRule[] = [
  { prefix: "/api/admin", permission: "admin:access", api: true },
  { prefix: "/api/editor", permission: "editor:access", api: true },
  // Every other API route needs a signed-in user; /api/auth is Auth.js's own (public by design).
  { prefix: "/api", permission: "account:read", api: true },
  { prefix: "/admin", permission: "admin:access", api: false },
  { prefix: "/editor", permission: "editor:access", api: false },
  { prefix: "/dashboard", permission: "account:read", api: false },
  { prefix: "/settings", permission: "account:read", api: false },
  { prefix: "/posts", permission: "account:read", api: false },
];

/**
 * The rule guarding a path. Matching is case-insensitive and ignores trailing slashes and a
 * `.rsc` suffix, so `/ADMIN`, `/admin/` and `/admin.rsc` are gated like `/admin`.
 */
export function routeRuleFor(pathname: string): RouteRule | undefined {
  if (isAuthJsPath(pathname) || isProbePath(pathname)) return undefined;
  let path = pathname.toLowerCase();
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is not a reason to skip the gate; keep the raw path.
  }
  path = path.replace(/\.rsc$/, "").replace(/\/+$/, "") || "/";
  return ROUTE_RULES.find(
    (rule) => path === rule.prefix || path.startsWith(`${rule.prefix}/`) || path.startsWith(`${rule.prefix}.`),
  );
}

function isAuthJsPath(pathname: string): boolean {
  return /^\/api\/auth(\/|$)/.test(pathname);
}

/** Load-balancer probes: public, and outside the middleware's matcher (middleware.ts). */
export const PROBE_PATHS = ["/api/health", "/api/ready"] as const;

function isProbePath(pathname: string): boolean {
  return (PROBE_PATHS as readonly string[]).includes(pathname);
}

/** Navigation entries; the UI shows only those the viewer's roles open. */
export const NAV_LINKS: readonly { href: string; label: string; permission: Permission }[] = [
  { href: "/dashboard", label: "Dashboard", permission: "account:read" },
  { href: "/editor", label: "Editor", permission: "editor:access" },
  { href: "/admin", label: "Admin", permission: "admin:access" },
  { href: "/posts", label: "Posts", permission: "account:read" },
  { href: "/settings", label: "Settings", permission: "account:read" },
];
