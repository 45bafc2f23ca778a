// Reads the Auth.js session cookie. Edge-safe (Web Crypto + jose only): middleware.ts uses it,
// and so does the data access layer, so each request decodes the cookie exactly once.
//
// Same format as Auth.js (JWE, dir + A256CBC-HS512, key = HKDF-SHA256(secret, salt = cookie
// name)), but the derived key is computed once per secret and cookie name instead of on every
// decode, which is most of what a decode costs.
import { isHttpsAppUrl } from "./app-url.mjs";
import { jwtDecrypt, type JWTPayload } from "jose";

export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/**
 * The one cookie name Auth.js uses for this AUTH_URL (lib/auth/auth.ts sets useSecureCookies the
 * same way). Only that name is read: over https a plain `authjs.session-token`, which any http
 * page or sibling subdomain could plant, is ignored.
 */
export function sessionCookieName(appUrl: string | undefined): string {
  return isHttpsAppUrl(appUrl) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The claims Gatehouse puts in the session token (see lib/auth/auth.ts, jwt callback). */
export type SessionClaims = JWTPayload & {
  sub: string;
  /** Session registry row id. */
  sid: string;
  /** Role names when the token was issued. The server re-reads roles from the database. */
  roles: string[];
  /** The user's sessionVersion when the token was issued. */
  sv: number;
  /** Absolute end of the session (seconds since epoch). */
  sexp: number;
  /** When the role claim is due to be re-read from the database (seconds since epoch). */
  rdue?: number;
  /** Signed in with "remember me": only then does the cookie outlive the browser (lib/auth/session-cookie.ts). */
  rem?: boolean;
};

/** A token without `rdue` (issued before it existed) is due at once. */
export function claimsRefreshDue(claims: Pick<SessionClaims, "rdue">, nowSeconds: number = Date.now() / 1000): boolean {
  return typeof claims.rdue !== "number" || claims.rdue <= nowSeconds;
}

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<Uint8Array>>();

function derivedKey(secret: string, salt: string): Promise<Uint8Array> {
  const cacheKey = `${salt}\u0000${secret}`;
  let key = keyCache.get(cacheKey);
  if (!key) {
    key = (async () => {
      const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "HKDF", false, ["deriveBits"]);
      const bits = await crypto.subtle.deriveBits(
        {
          name: "HKDF",
          hash: "SHA-256",
          salt: encoder.encode(salt),
          info: encoder.encode(`Auth.js Generated Encryption Key (${salt})`),
        },
        material,
        64 * 8,
      );
      return new Uint8Array(bits);
    })();
    keyCache.set(cacheKey, key);
  }
  return key;
}

function isSessionClaims(payload: JWTPayload): payload is SessionClaims {
  const claims = payload as Partial<SessionClaims>;
  return (
    typeof claims.sub === "string" &&
    typeof claims.sid === "string" &&
    Array.isArray(claims.roles) &&
    claims.roles.every((role) => typeof role === "string") &&
    typeof claims.sv === "number" &&
    typeof claims.sexp === "number"
  );
}

const CLOCK_TOLERANCE_SECONDS = 15;

/** Still inside the token's lifetime and its session's absolute end (checked on every use). */
function isCurrent(claims: SessionClaims, now: number): boolean {
  if (claims.sexp <= now) return false;
  if (typeof claims.exp === "number" && claims.exp <= now - CLOCK_TOLERANCE_SECONDS) return false;
  if (typeof claims.nbf === "number" && claims.nbf > now + CLOCK_TOLERANCE_SECONDS) return false;
  return true;
}

// Tokens that passed decryption, by their exact text. A browser sends the same cookie on every
// request until it is re-issued, so a request usually skips the four WebCrypto calls of a
// decrypt (≈0.3 ms, paid by the middleware and again by the data access layer). Forgeries never
// get in: only what jwtDecrypt accepted for this secret and cookie name is kept, and the time
// checks run again on every use. Least recently used tokens leave first.
const VERIFIED_TOKENS_MAX = 10_000;
type VerifiedToken = { secret: string; salt: string; claims: SessionClaims };
const verifiedTokens = new Map<string, VerifiedToken>();

function rememberVerified(token: string, entry: VerifiedToken): void {
  verifiedTokens.set(token, entry);
  if (verifiedTokens.size > VERIFIED_TOKENS_MAX) {
    const oldest = verifiedTokens.keys().next().value;
    if (oldest !== undefined) verifiedTokens.delete(oldest);
  }
}

/** The decoded claims, or null for a missing, forged, expired or foreign token. */
export async function decodeSessionToken(
  token: string | undefined,
  secret: string,
  salt: string,
  now: number = Date.now() / 1000,
): Promise<SessionClaims | null> {
  if (!token || !secret) return null;
  const known = verifiedTokens.get(token);
  if (known && known.secret === secret && known.salt === salt) {
    verifiedTokens.delete(token);
    if (!isCurrent(known.claims, now)) return null;
    verifiedTokens.set(token, known);
    return known.claims;
  }
  try {
    const { payload } = await jwtDecrypt(token, await derivedKey(secret, salt), {
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(now * 1000),
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256CBC-HS512"],
    });
    if (!isSessionClaims(payload) || !isCurrent(payload, now)) return null;
    // Shared by every request that presents this token: nobody may change it.
    Object.freeze(payload.roles);
    const claims = Object.freeze(payload);
    rememberVerified(token, { secret, salt, claims });
    return claims;
  } catch {
    return null;
  }
}

type CookieReader = { get(name: string): { value: string } | undefined };

/**
 * The session cookie's value and name. Auth.js splits values over 4 KB into `name.0`,
 * `name.1`, … ; those are joined back.
 */
export function readSessionCookie(cookies: CookieReader, name: string): { name: string; value: string } | null {
  const whole = cookies.get(name)?.value;
  if (whole) return { name, value: whole };
  let joined = "";
  for (let index = 0; ; index++) {
    const chunk = cookies.get(`${name}.${index}`)?.value;
    if (!chunk) break;
    joined += chunk;
  }
  return joined ? { name, value: joined } : null;
}

export async function readSessionClaims(
  cookies: CookieReader,
  secret: string | undefined,
  appUrl: string | undefined = process.env.AUTH_URL,
): Promise<SessionClaims | null> {
  const cookie = readSessionCookie(cookies, sessionCookieName(appUrl));
  if (!cookie || !secret) return null;
  return decodeSessionToken(cookie.value, secret, cookie.name);
}
