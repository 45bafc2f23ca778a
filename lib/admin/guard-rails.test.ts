import { describe, expect, it } from "vitest";
import { checkAdminChange, type GuardRailFacts } from "./guard-rails";

const roles = ["user", "editor", "admin"];
const admin = { id: "admin_1", isActive: true, roles: ["user", "admin"] };
const otherAdmin = { id: "admin_2", isActive: true, roles: ["user", "admin"] };
const user = { id: "user_1", isActive: true, roles: ["user"] };
const facts = (target: GuardRailFacts["target"], activeAdminCount = 2, actorId = admin.id): GuardRailFacts => ({
  actorId,
  target,
  activeAdminCount,
  existingRoles: roles,
});

describe("an admin acting on themselves", () => {
  it("cannot remove their own admin role", () => {
    expect(checkAdminChange({ kind: "remove-role", role: "admin" }, facts(admin))).toBe("self-demotion");
  });
  it("may remove another of their roles", () => {
    expect(checkAdminChange({ kind: "remove-role", role: "editor" }, facts({ ...admin, roles: [...admin.roles, "editor"] }))).toBeNull();
  });
  it("cannot deactivate or delete themselves", () => {
    expect(checkAdminChange({ kind: "deactivate" }, facts(admin))).toBe("self-deactivation");
    expect(checkAdminChange({ kind: "delete" }, facts(admin))).toBe("self-deletion");
  });
  it("may sign themselves out everywhere", () => {
    expect(checkAdminChange({ kind: "sign-out-everywhere" }, facts(admin))).toBeNull();
  });
});

describe("the last active admin", () => {
  it("cannot be demoted, deactivated or deleted by anyone", () => {
    for (const change of [{ kind: "remove-role", role: "admin" }, { kind: "deactivate" }, { kind: "delete" }] as const) {
      expect(checkAdminChange(change, facts(otherAdmin, 1))).toBe("last-admin");
    }
  });
  it("can be when another active admin remains", () => {
    expect(checkAdminChange({ kind: "remove-role", role: "admin" }, facts(otherAdmin, 2))).toBeNull();
    expect(checkAdminChange({ kind: "deactivate" }, facts(otherAdmin, 2))).toBeNull();
    expect(checkAdminChange({ kind: "delete" }, facts(otherAdmin, 2))).toBeNull();
  });
  it("does not protect an inactive admin, who is not counted", () => {
    expect(checkAdminChange({ kind: "delete" }, facts({ ...otherAdmin, isActive: false }, 1))).toBeNull();
  });
});

describe("roles", () => {
  it("only existing roles can be assigned or removed", () => {
    expect(checkAdminChange({ kind: "add-role", role: "superuser" }, facts(user))).toBe("unknown-role");
    expect(checkAdminChange({ kind: "remove-role", role: "superuser" }, facts(user))).toBe("unknown-role");
    expect(checkAdminChange({ kind: "add-role", role: "editor" }, facts(user))).toBeNull();
  });
  it("ordinary users can be deactivated and deleted", () => {
    expect(checkAdminChange({ kind: "deactivate" }, facts(user, 1))).toBeNull();
    expect(checkAdminChange({ kind: "delete" }, facts(user, 1))).toBeNull();
  });
});

describe("deleting one's own account", () => {
  it("is allowed to anyone but the last active admin", () => {
    expect(checkAdminChange({ kind: "delete-own-account" }, facts(user, 1, user.id))).toBeNull();
    expect(checkAdminChange({ kind: "delete-own-account" }, facts(admin, 2, admin.id))).toBeNull();
    expect(checkAdminChange({ kind: "delete-own-account" }, facts(admin, 1, admin.id))).toBe("last-admin");
  });
});
