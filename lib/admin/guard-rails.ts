// What an admin may not do to an account, as pure rules. The admin actions call these inside
// the transaction that makes the change, with counts read in that transaction.

export type AdminChange =
  | { kind: "remove-role"; role: string }
  | { kind: "add-role"; role: string }
  | { kind: "deactivate" }
  | { kind: "activate" }
  | { kind: "delete" }
  /** A person deleting their own account from Settings (the actor is the target). */
  | { kind: "delete-own-account" }
  | { kind: "sign-out-everywhere" };

export type GuardRailFacts = {
  actorId: string;
  target: { id: string; isActive: boolean; roles: readonly string[] };
  /** Active users holding the admin role right now, the target included. */
  activeAdminCount: number;
  /** Every role in the Role table. */
  existingRoles: readonly string[];
};

export type GuardRailRefusal =
  | "self-demotion"
  | "self-deactivation"
  | "self-deletion"
  | "last-admin"
  | "unknown-role";

export const GUARD_RAIL_MESSAGES: Record<GuardRailRefusal, string> = {
  "self-demotion": "You cannot remove your own admin role.",
  "self-deactivation": "You cannot deactivate your own account.",
  "self-deletion": "You cannot delete your own account.",
  "last-admin": "This is the last active admin: make someone else an admin first.",
  "unknown-role": "That role does not exist.",
};

/** Null when the change is allowed; otherwise why not. */
export function checkAdminChange(change: AdminChange, facts: GuardRailFacts): GuardRailRefusal | null {
  const self = facts.actorId === facts.target.id;
  const isActiveAdmin = facts.target.isActive && facts.target.roles.includes("admin");
  const wouldRemoveActiveAdmin =
    isActiveAdmin &&
    ((change.kind === "remove-role" && change.role === "admin") || change.kind === "deactivate" || change.kind === "delete" || change.kind === "delete-own-account");

  if ((change.kind === "add-role" || change.kind === "remove-role") && !facts.existingRoles.includes(change.role)) {
    return "unknown-role";
  }
  if (self && change.kind === "remove-role" && change.role === "admin") return "self-demotion";
  if (self && change.kind === "deactivate") return "self-deactivation";
  if (self && change.kind === "delete") return "self-deletion";
  if (wouldRemoveActiveAdmin && facts.activeAdminCount <= 1) return "last-admin";
  return null;
}
