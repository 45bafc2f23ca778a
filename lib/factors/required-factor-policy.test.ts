import { describe, expect, it } from "vitest";
import { permissionsHeldUntilSecondFactor, rolesRequiringSecondFactor } from "./required-factor-policy";

describe("permissions held until a second factor", () => {
  it("holds back everything an admin's or editor's role adds, never what every account has", () => {
    expect([...permissionsHeldUntilSecondFactor(["admin"], ["admin", "editor"])].sort()).toEqual(
      ["admin:access", "audit:read", "editor:access", "posts:edit-any", "tokens:introspect", "users:read", "users:write"].sort(),
    );
    expect([...permissionsHeldUntilSecondFactor(["user", "editor"], ["admin", "editor"])]).toEqual(["editor:access"]);
    expect(permissionsHeldUntilSecondFactor(["admin"], ["admin"]).has("account:read")).toBe(false);
  });

  it("holds nothing for roles the setting leaves out, or when it is empty", () => {
    expect(permissionsHeldUntilSecondFactor(["user"], ["admin", "editor"]).size).toBe(0);
    expect(permissionsHeldUntilSecondFactor(["admin", "editor"], []).size).toBe(0);
    expect(permissionsHeldUntilSecondFactor(["editor"], ["admin"]).size).toBe(0);
  });

  it("keeps what a role without the requirement grants: an admin-and-editor keeps the editor area when only admins must enrol", () => {
    expect(permissionsHeldUntilSecondFactor(["admin", "editor"], ["admin"]).has("editor:access")).toBe(false);
    expect(permissionsHeldUntilSecondFactor(["admin", "editor"], ["admin"]).has("users:write")).toBe(true);
  });

  it("names the roles that require one", () => {
    expect(rolesRequiringSecondFactor(["user", "editor", "admin"], ["admin"])).toEqual(["admin"]);
  });
});
