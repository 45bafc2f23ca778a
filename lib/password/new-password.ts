import { settings } from "@/lib/config/settings";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./common-passwords";
import { BREACHED_PASSWORD_MESSAGE, checkBreachedPassword } from "./breached-password";
import { measurePasswordStrength } from "./measure-password-strength";
import { passwordProblem } from "./policy";
import { weakPasswordMessage } from "./strength-feedback";

export type NewPasswordProblemOptions = {
  password: string;
  /** The account's email and name: a password built from them is easy to guess. */
  userInputs: (string | null | undefined)[];
  /** False for a password the server generated from random bytes: no breach corpus holds it. */
  checkBreaches?: boolean;
};

/**
 * Every rule a password must pass before it is stored: the policy (shared with the browser), the
 * common-password list, a zxcvbn score of at least PASSWORD_MIN_SCORE (measured in the worker;
 * the browser's meter loads the same scorer lazily), and, last because it asks another service,
 * the breached-password check (PASSWORD_BREACH_CHECK).
 */
export async function newPasswordProblem({ password, userInputs, checkBreaches = true }: NewPasswordProblemOptions): Promise<string | null> {
  const { passwordMinLength, passwordMinScore, passwordBreachCheck } = settings();
  const problem = passwordProblem(password, { minLength: passwordMinLength }) ?? (isCommonPassword(password) ? COMMON_PASSWORD_MESSAGE : null);
  if (problem) return problem;
  if (passwordMinScore > 0) {
    const strength = await measurePasswordStrength({ password, userInputs });
    if (strength.score < passwordMinScore) return weakPasswordMessage(strength);
  }
  if (!passwordBreachCheck || !checkBreaches) return null;
  // Fail open: when the service is down or slow, the password is accepted (and a warning logged).
  // It has already passed the length rule, the common list and zxcvbn, and refusing every new
  // password while a third party is unreachable would stop registration and resets altogether.
  const verdict = await checkBreachedPassword({ password, apiUrl: passwordBreachCheck.apiUrl });
  return verdict === "breached" ? BREACHED_PASSWORD_MESSAGE : null;
}
