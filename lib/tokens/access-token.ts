// Access tokens: ES256 JWTs (RFC 9068 profile) that Gatehouse signs and anyone can verify
// against /.well-known/jwks.json. jose does every JWT operation.
import "server-only";
import { randomBytes } from "node:crypto";
import { errors, jwtVerify, SignJWT, type JWTHeaderParameters, type JWTPayload } from "jose";
import { settings } from "@/lib/config/settings";
import { ACCESS_TOKEN_ALG } from "./signing-key-config";
import { signingKeys, type SigningKeys } from "./signing-keys";

export const ACCESS_TOKEN_TYP = "at+jwt";
/** Clock skew tolerated between this server and whoever minted or checks a token. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export type AccessTokenClaims = {
  sub: string;
  /** The token family (one per token sign-in). */
  sid: string;
  jti: string;
  iat: number;
  exp: number;
  scope: string;
  roles: string[];
};

/** Who signs the tokens and for whom: the app's public URL, and its versioned API. */
export function tokenIssuer(appUrl: string = settings().appUrl): { issuer: string; audience: string } {
  return { issuer: appUrl, audience: `${appUrl}/api/v1` };
}

export type IssueAccessTokenOptions = {
  userId: string;
  familyId: string;
  roles: string[];
  permissions: Iterable<string>;
  now?: Date;
  keys?: SigningKeys;
};

export async function issueAccessToken({ userId, familyId, roles, permissions, now = new Date(), keys }: IssueAccessTokenOptions) {
  const { current } = keys ?? (await signingKeys());
  const { issuer, audience } = tokenIssuer();
  const iat = Math.floor(now.getTime() / 1000);
  const expiresIn = settings().tokens.accessTokenSeconds;
  const jti = randomBytes(16).toString("base64url");
  const token = await new SignJWT({ sid: familyId, scope: [...permissions].join(" "), roles, client_id: "gatehouse" })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: current.kid, typ: ACCESS_TOKEN_TYP })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(userId)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresIn)
    .sign(current.privateKey);
  return { token, jti, expiresIn, expiresAt: new Date((iat + expiresIn) * 1000) };
}

export type AccessTokenCheck = { ok: true; claims: AccessTokenClaims } | { ok: false; reason: string };

// Header parameters that point at other keys: never followed, and a token carrying one is refused.
const FOREIGN_KEY_HEADERS = ["jku", "x5u", "jwk", "x5c", "x5t", "x5t#S256"] as const;

export type VerifyAccessTokenOptions = { keys?: SigningKeys; now?: Date; issuer?: string; audience?: string };

/**
 * Verifies signature and claims: ES256 only, one of our kids, iss, aud, typ at+jwt, the claims
 * Gatehouse needs, at most 30 s of clock skew. The reason is for the audit log; clients get one answer.
 */
export async function verifyAccessToken(token: string, options: VerifyAccessTokenOptions = {}): Promise<AccessTokenCheck> {
  const keys = options.keys ?? (await signingKeys());
  const expected = tokenIssuer();
  const keyFor = (header: JWTHeaderParameters) => {
    for (const name of FOREIGN_KEY_HEADERS) {
      if (name in header) throw new errors.JOSENotSupported(`header parameter ${name} refused`);
    }
    const key = typeof header.kid === "string" ? keys.verifying.get(header.kid) : undefined;
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  };
  try {
    const { payload } = await jwtVerify(token, keyFor, {
      algorithms: [ACCESS_TOKEN_ALG],
      issuer: options.issuer ?? expected.issuer,
      audience: options.audience ?? expected.audience,
      typ: ACCESS_TOKEN_TYP,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "sid", "jti", "iat", "exp"],
      currentDate: options.now,
    });
    const claims = readClaims(payload);
    if (!claims) return { ok: false, reason: "malformed-claims" };
    // jose checks iat only against a maximum age; a token issued in the future is refused here.
    const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
    if (claims.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) return { ok: false, reason: "claim-iat" };
    return { ok: true, claims };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

function readClaims(payload: JWTPayload): AccessTokenClaims | null {
  const { sub, sid, jti, iat, exp, scope, roles } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || typeof sid !== "string" || typeof jti !== "string") return null;
  if (typeof iat !== "number" || typeof exp !== "number") return null;
  if (jti.length > 128 || sid.length > 64 || sub.length > 64) return null;
  const roleList = Array.isArray(roles) && roles.every((role) => typeof role === "string") ? (roles as string[]) : [];
  return { sub, sid, jti, iat, exp, scope: typeof scope === "string" ? scope : "", roles: roleList };
}

function failureReason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `claim-${error.claim}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "bad-signature";
  if (error instanceof errors.JWKSNoMatchingKey) return "unknown-kid";
  if (error instanceof errors.JOSEAlgNotAllowed) return "alg-not-allowed";
  if (error instanceof errors.JOSENotSupported) return "unsupported-header";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return "malformed";
  return "invalid";
}
