// What the strength meter (browser) and the server (new-password.ts) say about a zxcvbn result.
// Pure: no settings, no Node. Both sides use it so their words and inputs never drift apart.
import type { MeasuredStrength } from "./strength-scorer.mjs";

/** Words an attacker would try first, taken from the email address and the name. */
export function personalWords(userInputs: (string | null | undefined)[]): string[] {
  const words = userInputs.flatMap((input) => (input ? [input, ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)] : []));
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/** zxcvbn's score (0–4) in words. */
export const STRENGTH_WORDS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

/** The main weakness of a password, or a generic line when zxcvbn names none. */
export function strengthReason({ warning }: Pick<MeasuredStrength, "warning">): string {
  return warning ?? "This password would be easy to guess.";
}

/** The one suggestion worth reading: zxcvbn lists its generic advice first, this password's last. */
export function strengthSuggestion({ suggestions }: Pick<MeasuredStrength, "suggestions">): string {
  return suggestions.at(-1) ?? "Add more words that are less common.";
}

/** The server's refusal of a weak password: the reason, then what to do. */
export function weakPasswordMessage(strength: Pick<MeasuredStrength, "warning" | "suggestions">): string {
  return `${strengthReason(strength)} ${strengthSuggestion(strength)}`;
}
