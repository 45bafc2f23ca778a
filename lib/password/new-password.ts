import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./common-passwords";
import { passwordProblem, type PasswordPolicy } from "./policy";

/**
 * Every rule a password must pass before it is stored: the policy (shared with the browser)
 * plus the common-password list (server only: it is too large to ship to the browser).
 */
export function newPasswordProblem(password: string, policy: PasswordPolicy): string | null {
  return passwordProblem(password, policy) ?? (isCommonPassword(password) ? COMMON_PASSWORD_MESSAGE : null);
}
