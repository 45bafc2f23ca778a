// Which permissions wait for a second factor (SECOND_FACTOR_REQUIRED_ROLES). Pure: the data
// access layer (lib/auth/second-factor-requirement.ts) asks the database only when this says so.
import { DEFAULT_ROLE, permissionsOf, type Permission, type Role } from "@/lib/edge/roles";

/** The roles this account holds that require a second factor. */
export function rolesRequiringSecondFactor(roles: readonly string[], requiredRoles: readonly Role[]): string[] {
  return roles.filter((role) => (requiredRoles as readonly string[]).includes(role));
}

/**
 * What the account's roles requiring a second factor add to everything else it holds: held back
 * until it has one. The default role's permissions are never held (the account needs them to
 * reach the settings where it sets a factor up), nor any a role without the requirement grants.
 */
export function permissionsHeldUntilSecondFactor(roles: readonly string[], requiredRoles: readonly Role[]): Set<Permission> {
  const requiring = rolesRequiringSecondFactor(roles, requiredRoles);
  if (requiring.length === 0) return new Set();
  const kept = permissionsOf([DEFAULT_ROLE, ...roles.filter((role) => !requiring.includes(role))]);
  return new Set([...permissionsOf(requiring)].filter((permission) => !kept.has(permission)));
}
