// Helpers for the token API specs: sign in for tokens over HTTP, and forge tokens the way an
// attacker would (with the test server's real key where the point is a header or a claim).
import { expect, type APIRequestContext } from "@playwright/test";
import { importJWK, SignJWT, type JWTHeaderParameters } from "jose";
import { E2E_TOKEN_SIGNING_KEY, E2E_URL } from "./env";

export type Tokens = { access_token: string; refresh_token: string; token_type: string; expires_in: number; scope: string };

export const ISSUER = E2E_URL;
export const AUDIENCE = `${E2E_URL}/api/v1`;

export async function tokensFor(request: APIRequestContext, email: string, password: string, baseURL = E2E_URL): Promise<Tokens> {
  const response = await request.post(`${baseURL}/api/v1/auth/token`, { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Tokens;
}

/** The public half of the test server's signing key, as the JWKS publishes it. */
export function serverPublicJwk() {
  const { kty, crv, x, y, kid, alg, use } = E2E_TOKEN_SIGNING_KEY;
  return { kty, crv, x, y, kid, alg, use };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A JWT signed with the server's real key, with whatever header and claims a test needs. */
export async function signedWithServerKey(header: Partial<JWTHeaderParameters> = {}, claims: Record<string, unknown> = {}): Promise<string> {
  const key = await importJWK(E2E_TOKEN_SIGNING_KEY, "ES256");
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "nobody", sid: "nofamily", jti: `forged-${now}`, iat: now, exp: now + 600, ...claims })
    .setProtectedHeader({ alg: "ES256", kid: E2E_TOKEN_SIGNING_KEY.kid, typ: "at+jwt", ...header })
    .sign(key);
}

/** The claims of an access token, unverified (the test's own token). */
export function claimsOf(token: string): Record<string, unknown> & { sub: string; sid: string; jti: string } {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown> & { sub: string; sid: string; jti: string };
}
