import { describe, expect, it } from "vitest";
import { hasPermission, permissionsOf, routeRuleFor } from "./roles";

describe("role → permission map", () => {
  it("gives each role what it needs and no more", () => {
    expect(hasPermission(["user"], "account:read")).toBe(true);
    expect(hasPermission(["user"], "editor:access")).toBe(false);
    expect(hasPermission(["user"], "admin:access")).toBe(false);
    expect(hasPermission(["editor"], "editor:access")).toBe(true);
    expect(hasPermission(["editor"], "admin:access")).toBe(false);
    expect(hasPermission(["admin"], "admin:access")).toBe(true);
    expect(hasPermission(["admin"], "editor:access")).toBe(true);
  });

  it("unions the permissions of several roles", () => {
    expect([...permissionsOf(["user", "editor"])].sort()).toEqual(["account:read", "editor:access"]);
  });

  it("grants nothing for no roles or unknown role names", () => {
    expect(permissionsOf([]).size).toBe(0);
    expect(permissionsOf(["superuser", "ADMIN", "__proto__"]).size).toBe(0);
  });
});

describe("route rules", () => {
  it.each([
    ["/admin", "admin:access"],
    ["/admin/users/1", "admin:access"],
    ["/ADMIN", "admin:access"],
    ["/admin/", "admin:access"],
    ["/admin.rsc", "admin:access"],
    ["/%61dmin", "admin:access"],
    ["/editor", "editor:access"],
    ["/editor/posts", "editor:access"],
    ["/dashboard", "account:read"],
    ["/api/admin/stats", "admin:access"],
    ["/api/me", "account:read"],
  ])("%s needs %s", (path, permission) => {
    expect(routeRuleFor(path)?.permission).toBe(permission);
  });

  it.each(["/", "/login", "/register", "/api/auth/session", "/api/auth/callback/credentials", "/administrator-guide", "/api/health", "/api/ready"])(
    "%s is public",
    (path) => {
      expect(routeRuleFor(path)).toBeUndefined();
    },
  );

  it("marks API routes so they answer with JSON instead of redirects", () => {
    expect(routeRuleFor("/api/me")?.api).toBe(true);
    expect(routeRuleFor("/dashboard")?.api).toBe(false);
  });
});
