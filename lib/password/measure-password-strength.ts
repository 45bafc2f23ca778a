import type { MeasuredStrength } from "./strength-scorer.mjs";
import { runStrengthTask } from "./hash";
import { personalWords } from "./strength-feedback";

export type PasswordStrength = MeasuredStrength;

export type MeasurePasswordStrengthOptions = {
  password: string;
  /** What the person told us about themselves (email, name): guessing starts there. */
  userInputs: (string | null | undefined)[];
};

/**
 * zxcvbn's estimate (score 0–4, the main weakness, suggestions), in a thread of the password
 * worker: one check takes 3–70 ms of CPU, which must not stall the request thread.
 */
export async function measurePasswordStrength({ password, userInputs }: MeasurePasswordStrengthOptions): Promise<PasswordStrength> {
  return (await runStrengthTask({ password, userInputs: personalWords(userInputs) })) as PasswordStrength;
}
