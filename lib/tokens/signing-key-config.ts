// Reads the access-token signing keys from the environment (pure, synchronous: the settings and
// the start-up checks use it). ES256 only: one algorithm, so nothing can be talked into another.
//   AUTH_TOKEN_SIGNING_KEY    the current private key, a JWK ({"kty":"EC","crv":"P-256","d",…,"kid"})
//   AUTH_TOKEN_RETIRING_KEYS  a JSON array of earlier keys' JWKs, still published and accepted
//                             until the last token they signed has expired (rotation with overlap)

export const ACCESS_TOKEN_ALG = "ES256";

export type EcPublicJwk = { kty: "EC"; crv: "P-256"; x: string; y: string; kid: string; alg: "ES256"; use: "sig" };
export type EcPrivateJwk = EcPublicJwk & { d: string };

export type SigningKeyConfig = { current: EcPrivateJwk; retiring: EcPublicJwk[] };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function ecJwk(value: unknown, name: string, needPrivate: boolean): EcPrivateJwk | EcPublicJwk {
  const jwk = (value ?? {}) as Record<string, unknown>;
  const text = (field: string) => (typeof jwk[field] === "string" && BASE64URL.test(jwk[field] as string) ? (jwk[field] as string) : null);
  if (typeof value !== "object" || value === null || jwk.kty !== "EC" || jwk.crv !== "P-256") {
    throw new Error(`${name} must be an EC P-256 JWK (ES256); make one with \`npm run token:key\``);
  }
  if (jwk.alg !== undefined && jwk.alg !== ACCESS_TOKEN_ALG) throw new Error(`${name}: alg must be ES256; got "${String(jwk.alg)}"`);
  const x = text("x");
  const y = text("y");
  const kid = typeof jwk.kid === "string" && /^[A-Za-z0-9_.-]{1,64}$/.test(jwk.kid) ? jwk.kid : null;
  if (!x || !y) throw new Error(`${name}: the JWK has no x/y coordinates`);
  if (!kid) throw new Error(`${name}: the JWK needs a "kid" (letters, digits, "-", "_", "." — up to 64)`);
  const base: EcPublicJwk = { kty: "EC", crv: "P-256", x, y, kid, alg: ACCESS_TOKEN_ALG, use: "sig" };
  if (!needPrivate) return base;
  const d = text("d");
  if (!d) throw new Error(`${name} must be the private key (the JWK's "d" is missing)`);
  return { ...base, d };
}

function parseJson(raw: string, name: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new Error(`${name} is not valid JSON (a JWK${name.endsWith("KEYS") ? " array" : ""})`);
  }
}

/** Null when AUTH_TOKEN_SIGNING_KEY is unset; throws, naming the variable, when it is malformed. */
export function readSigningKeyConfig(env: Readonly<Record<string, string | undefined>>): SigningKeyConfig | null {
  const raw = env.AUTH_TOKEN_SIGNING_KEY?.trim();
  const retiringRaw = env.AUTH_TOKEN_RETIRING_KEYS?.trim();
  if (!raw) {
    if (retiringRaw) throw new Error("AUTH_TOKEN_RETIRING_KEYS is set but AUTH_TOKEN_SIGNING_KEY is not");
    return null;
  }
  const current = ecJwk(parseJson(raw, "AUTH_TOKEN_SIGNING_KEY"), "AUTH_TOKEN_SIGNING_KEY", true) as EcPrivateJwk;
  let retiring: EcPublicJwk[] = [];
  if (retiringRaw) {
    const list = parseJson(retiringRaw, "AUTH_TOKEN_RETIRING_KEYS");
    if (!Array.isArray(list)) throw new Error("AUTH_TOKEN_RETIRING_KEYS must be a JSON array of JWKs");
    // Only the public half is ever used or published, even if a private JWK was pasted.
    retiring = list.map((entry, index) => {
      const { kty, crv, x, y, kid, alg, use } = ecJwk(entry, `AUTH_TOKEN_RETIRING_KEYS[${index}]`, false);
      return { kty, crv, x, y, kid, alg, use };
    });
  }
  const kids = [current.kid, ...retiring.map((key) => key.kid)];
  if (new Set(kids).size !== kids.length) throw new Error("AUTH_TOKEN_SIGNING_KEY and AUTH_TOKEN_RETIRING_KEYS must have distinct kids");
  return { current, retiring };
}
