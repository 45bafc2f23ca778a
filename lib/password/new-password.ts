import { settings } from "@/lib/config/settings";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./common-passwords";
import { measurePasswordStrength } from "./measure-password-strength";
import { passwordProblem } from "./policy";

export type NewPasswordProblemOptions = {
  password: string;
  /** The account's email and name: a password built from them is easy to guess. */
  userInputs: (string | null | undefined)[];
};

/**
 * Every rule a password must pass before it is stored: the policy (shared with the browser), the
 * common-password list, and a zxcvbn score of at least PASSWORD_MIN_SCORE (server only: the
 * dictionaries are too large to ship with every page).
 */
export async function newPasswordProblem({ password, userInputs }: NewPasswordProblemOptions): Promise<string | null> {
  const { passwordMinLength, passwordMinScore } = settings();
  const problem = passwordProblem(password, { minLength: passwordMinLength }) ?? (isCommonPassword(password) ? COMMON_PASSWORD_MESSAGE : null);
  if (problem || passwordMinScore === 0) return problem;
  const strength = await measurePasswordStrength({ password, userInputs });
  if (strength.score >= passwordMinScore) return null;
  return weakPasswordMessage(strength);
}

export function weakPasswordMessage({ warning, suggestions }: { warning: string | null; suggestions: string[] }): string {
  const reason = warning ?? "This password would be easy to guess.";
  // zxcvbn lists its generic advice first and the one specific to this password last.
  const advice = suggestions.at(-1) ?? "Add more words that are less common.";
  return `${reason} ${advice}`;
}
