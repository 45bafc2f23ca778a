// The device cookie of OWASP's "Slow Down Online Guessing Attacks with Device Cookies": a browser
// that signed in to an account before carries a token the server signed for that account. It
// lets the lockout tell the owner's known browser from everyone else (lib/users/sign-in-with-password.ts).
// Pure: the secret is an argument. A cookie holds the tokens of the last few accounts signed in there.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE_MAX_TOKENS = 5;
/** Longer than any session: a known browser stays known between sign-ins. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const MAX_COOKIE_LENGTH = 2048;

function mac(payload: string, secret: string): Buffer {
  const key = createHmac("sha256", secret).update("gatehouse device cookie v1").digest();
  return createHmac("sha256", key).update(payload).digest();
}

/** A new token for this account: `<user id, base64url>.<random device id>.<signature>`. */
export function signDeviceToken(userId: string, secret: string): string {
  const payload = `${Buffer.from(userId).toString("base64url")}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

export function deviceTokens(cookieValue: string | null | undefined): string[] {
  if (!cookieValue || cookieValue.length > MAX_COOKIE_LENGTH) return [];
  return cookieValue.split("~").filter(Boolean).slice(0, DEVICE_COOKIE_MAX_TOKENS);
}

/** The device id of the first token in the cookie that the server signed for this account, or null. */
export function knownDeviceId(cookieValue: string | null | undefined, userId: string, secret: string): string | null {
  const expectedUser = Buffer.from(userId).toString("base64url");
  for (const token of deviceTokens(cookieValue)) {
    const [user, device, signature] = token.split(".");
    if (!user || !device || !signature || user !== expectedUser) continue;
    const given = Buffer.from(signature, "base64url");
    const wanted = mac(`${user}.${device}`, secret);
    if (given.length === wanted.length && timingSafeEqual(given, wanted)) return device;
  }
  return null;
}

/** The cookie value after a sign-in to `userId`: its fresh token first, other accounts' tokens kept. */
export function withDeviceToken(cookieValue: string | null | undefined, userId: string, secret: string): string {
  const prefix = `${Buffer.from(userId).toString("base64url")}.`;
  const others = deviceTokens(cookieValue).filter((token) => !token.startsWith(prefix));
  return [signDeviceToken(userId, secret), ...others].slice(0, DEVICE_COOKIE_MAX_TOKENS).join("~");
}
