// The second-factor policy of the data access layer (SECOND_FACTOR_REQUIRED_ROLES): a member of
// a role that requires a second factor uses what that role adds only once the account has one.
// requirePermission, authorizeApi (lib/auth/dal.ts) and authorizeBearer (lib/auth/bearer.ts) ask
// here; the middleware does not (its role claim is only a hint, and it cannot see factors).
import "server-only";
import { settings } from "@/lib/config/settings";
import type { Permission } from "@/lib/edge/roles";
import { hasSecondFactor } from "@/lib/factors/second-factor-status";
import { permissionsHeldUntilSecondFactor } from "@/lib/factors/required-factor-policy";

export const SECOND_FACTOR_REQUIRED_PATH = "/settings/security/two-factor-required";

export const SECOND_FACTOR_REQUIRED_MESSAGE = "Your role requires two-step verification: set it up in Settings → Security first.";

/** True when `permission` waits for a second factor this account does not have yet. */
export async function lacksRequiredSecondFactor(user: { id: string; roles: readonly string[] }, permission: Permission): Promise<boolean> {
  if (!permissionsHeldUntilSecondFactor(user.roles, settings().secondFactor.requiredRoles).has(permission)) return false;
  return !(await hasSecondFactor(user.id));
}

/** The page that explains the requirement; `returnTo` is where the person goes once enrolled. */
export function secondFactorRequiredUrl(returnTo?: string): string {
  return returnTo ? `${SECOND_FACTOR_REQUIRED_PATH}?${new URLSearchParams({ next: returnTo })}` : SECOND_FACTOR_REQUIRED_PATH;
}
