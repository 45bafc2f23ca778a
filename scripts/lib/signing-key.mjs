// A new ES256 private key as a JWK, for AUTH_TOKEN_SIGNING_KEY. Plain .mjs: `npm run dev`'s
// environment check (scripts/dev-env.mjs) runs it with bare node.
import { generateKeyPairSync, randomBytes } from "node:crypto";

/** The kid says when the key was made (handy when rotating) plus a random tail. */
export function newSigningKeyJwk(now = new Date()) {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const { kty, crv, x, y, d } = privateKey.export({ format: "jwk" });
  const kid = `${now.toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
  return { kty, crv, x, y, d, kid, alg: "ES256", use: "sig" };
}
