// npm run token:key — prints a new access-token signing key (a private ES256 JWK) to put in
// AUTH_TOKEN_SIGNING_KEY. Rotating: move the old value into AUTH_TOKEN_RETIRING_KEYS (README, "Token API").
import { newSigningKeyJwk } from "./lib/signing-key.mjs";

console.log(`AUTH_TOKEN_SIGNING_KEY='${JSON.stringify(newSigningKeyJwk())}'`);
