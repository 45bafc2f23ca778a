// Tokens whose signature and claims were already verified, until they expire: a client sends the
// same access token many times, and checking a signature costs more than the rest of a request.
// Only the verification is remembered; revocation is still checked on every request.
import type { AccessTokenClaims } from "./access-token";

const MAX_ENTRIES = 10_000;
const verified = new Map<string, AccessTokenClaims>();

export function rememberedClaims(token: string, nowSeconds: number): AccessTokenClaims | undefined {
  const claims = verified.get(token);
  if (claims && claims.exp <= nowSeconds) {
    verified.delete(token);
    return undefined;
  }
  return claims;
}

export function rememberClaims(token: string, claims: AccessTokenClaims): void {
  // Oldest first out: a Map iterates in insertion order.
  if (verified.size >= MAX_ENTRIES) verified.delete(verified.keys().next().value!);
  verified.set(token, claims);
}
