// Recovery codes: ten per set, 50 random bits each, shown once as `xxxxx-xxxxx`, stored as SHA-256.
// Typed codes are compared case- and dash-insensitively.
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(input.trim());
}

export function hashRecoveryCode(code: string): string {
  const normalised = code.trim().toLowerCase().replace(/-/g, "");
  return createHash("sha256").update(`gatehouse recovery code\u0000${normalised}`).digest("hex");
}
