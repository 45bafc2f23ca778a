import type { MeasuredStrength } from "./hash-worker.mjs";
import { runStrengthTask } from "./hash";

export type PasswordStrength = MeasuredStrength;

export type MeasurePasswordStrengthOptions = {
  password: string;
  /** What the person told us about themselves (email, name): guessing starts there. */
  userInputs: (string | null | undefined)[];
};

/** Words an attacker would try first, taken from the email address and the name. */
export function personalWords(userInputs: (string | null | undefined)[]): string[] {
  const words = userInputs.flatMap((input) => (input ? [input, ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)] : []));
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/**
 * zxcvbn's estimate (score 0–4, the main weakness, suggestions), in a thread of the password
 * worker: one check takes 3–70 ms of CPU, which must not stall the request thread.
 */
export async function measurePasswordStrength({ password, userInputs }: MeasurePasswordStrengthOptions): Promise<PasswordStrength> {
  return (await runStrengthTask({ password, userInputs: personalWords(userInputs) })) as PasswordStrength;
}
