// Refresh tokens: opaque, 256 random bits, stored only as a SHA-256.
import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";

export const REFRESH_TOKEN_PREFIX = "gr_";
const SHAPE = /^gr_[A-Za-z0-9_-]{43}$/;

export function newRefreshToken(): string {
  return REFRESH_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function isRefreshTokenShape(value: string): boolean {
  return SHAPE.test(value);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * The token a refresh token rotates into. Derived from the token itself with a server secret,
 * so a second use within the grace window gets the very same successor without the server ever
 * storing a token in the clear; nobody without both the token and AUTH_SECRET can compute it.
 */
export function successorOf(token: string, secret: string | undefined = process.env.AUTH_SECRET): string {
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return REFRESH_TOKEN_PREFIX + createHmac("sha256", secret).update(`gatehouse refresh-token successor\u0000${token}`).digest("base64url");
}
