// Password rules shared by the browser (react-hook-form) and the server.
// NIST SP 800-63B-4 / ASVS 5.0 V6: length is what counts; no composition rules.

/** Bytes of UTF-8 accepted at most. Anything longer is refused before any hashing. */
export const PASSWORD_MAX_BYTES = 1024;
export const DEFAULT_PASSWORD_MIN_LENGTH = 12;
/** Lowest minimum an operator may configure. */
export const PASSWORD_MIN_LENGTH_FLOOR = 8;

export type PasswordPolicy = { minLength: number };

/** The form a password is hashed and compared in: Unicode NFKC, as NIST advises. */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/**
 * Length in characters (code points, composed with NFC), not UTF-16 units, so emoji count as
 * one. Not NFKC: compatibility characters such as U+FDFA expand to many, and one character
 * must not pass a 12-character minimum.
 */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

export function passwordBytes(password: string): number {
  return new TextEncoder().encode(password).length;
}

/** The first rule a password breaks, as a message for the person typing it; null if none. */
export function passwordProblem(password: string, policy: PasswordPolicy): string | null {
  if (passwordBytes(password) > PASSWORD_MAX_BYTES) {
    return `Password must be at most ${PASSWORD_MAX_BYTES} bytes`;
  }
  if (passwordLength(password) < policy.minLength) {
    return `Password must be at least ${policy.minLength} characters`;
  }
  if (normalizePassword(password).trim().length === 0) {
    return "Password cannot be only spaces";
  }
  return null;
}
