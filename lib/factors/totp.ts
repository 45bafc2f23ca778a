// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30-second steps), through otpauth.
// Pure: the clock and the last accepted step are arguments.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = "Gatehouse";

function totp(secretBase32: string, label = ""): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit secret, base32 (what authenticator apps take as text). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI a QR code carries. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The time step `code` belongs to, within one step either side of `now`, or null. A step at or
 * before `lastUsedStep` is refused: a code is never accepted twice.
 */
export function acceptedTotpStep(secretBase32: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = timeStep(now) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
