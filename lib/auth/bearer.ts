// The token API's data access layer: who is asking with `Authorization: Bearer`, and may they.
// Every /api/v1 handler calls authorizeBearer (the middleware never sees /api/v1). An access
// token is verified (signature, claims) and then checked against the database on every request —
// its family (revoked? ended?), the revoked-token blocklist, the user (active? roles now?) — so
// revocation, deactivation and role changes hold on the next request, as for browser sessions.
// An API key acts for its owner with the key's scopes, as far as the owner still has them.
import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { isApiKeyShape } from "@/lib/api-keys/api-key-format";
import { checkApiKey } from "@/lib/api-keys/check-api-key";
import { problem, rateLimitedProblem } from "@/lib/api/problem";
import { requestContext, type RequestContext } from "@/lib/http/request-context";
import { checkRateLimits } from "@/lib/rate-limit/check-rate-limits";
import type { AccessTokenClaims } from "@/lib/tokens/access-token";
import { checkAccessToken } from "@/lib/tokens/check-access-token";
import type { CurrentUser } from "./dal";
import { permissionsOf, type Permission } from "@/lib/edge/roles";
import { lacksRequiredSecondFactor, SECOND_FACTOR_REQUIRED_MESSAGE } from "./second-factor-requirement";

export type BearerPrincipal = {
  kind: "access-token" | "api-key";
  user: CurrentUser;
  /** What this request may do: the user's permissions now (for a key: ∩ its scopes). */
  permissions: Set<Permission>;
  /** The token family or the API key. */
  credentialId: string;
  /** The access token's jti and expiry (access tokens only). */
  token?: Pick<AccessTokenClaims, "jti" | "exp">;
  context: RequestContext;
};

export type BearerAccess = { ok: true; principal: BearerPrincipal } | { ok: false; response: Response };

const REALM = 'Bearer realm="gatehouse"';
// One answer for every bad credential: expired, revoked, forged, foreign, malformed.
const INVALID_TOKEN_DETAIL = "The access token or API key is missing, expired, revoked or not valid.";
const MAX_CREDENTIAL_LENGTH = 4096;

export function invalidToken(): Response {
  return problem(401, { detail: INVALID_TOKEN_DETAIL, headers: { "WWW-Authenticate": `${REALM}, error="invalid_token"` } });
}

function noCredentials(): Response {
  return problem(401, { detail: "Send an access token or API key: Authorization: Bearer <token>.", headers: { "WWW-Authenticate": REALM } });
}

function insufficientScope(permission: Permission): Response {
  return problem(403, {
    detail: `This needs the ${permission} permission.`,
    headers: { "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="${permission}"` },
  });
}

/** The credential in `Authorization: Bearer …`; null when there is none, "" when it is malformed. */
export function bearerCredential(headers: Headers): string | null {
  const header = headers.get("authorization");
  if (header === null || header.trim() === "") return null;
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  return match && match[1]!.length <= MAX_CREDENTIAL_LENGTH ? match[1]! : "";
}

type Refusal = { ok: false; reason: string; kind: "access-token" | "api-key"; subjectId?: string };
type Found = { ok: true; principal: Omit<BearerPrincipal, "context"> };

/**
 * For /api/v1 route handlers: the principal, or the response to return (401 for any bad
 * credential, 403 without `permission`, 429 past the per-credential limit). Pass null for
 * "any valid credential".
 */
export async function authorizeBearer(request: Request, permission: Permission | null): Promise<BearerAccess> {
  const context = requestContext(request.headers);
  const credential = bearerCredential(request.headers);
  if (credential === null) return { ok: false, response: noCredentials() };

  const found = credential === "" ? refusal("malformed", "access-token") : credential.startsWith("gk_") || isApiKeyShape(credential) ? await findApiKey(credential) : await findAccessToken(credential);
  if (!found.ok) {
    // Refusals are audited with their reason, as far as apiPerIp allows: a flood of garbage
    // becomes 429s, not a flood of rows.
    const flood = await checkRateLimits([{ policy: "apiPerIp", key: context.ip }]);
    if (!flood.ok) return { ok: false, response: rateLimitedProblem(flood.policy, flood.retryAfterSeconds) };
    await recordAudit(db, {
        type: found.kind === "api-key" ? AUDIT_EVENTS.apiKeyRefused : AUDIT_EVENTS.tokenRefused,
        subjectId: found.subjectId ?? null,
        ...context,
        details: { reason: found.reason, path: new URL(request.url).pathname.slice(0, 200) },
      });
    return { ok: false, response: invalidToken() };
  }
  const limited = await checkRateLimits([{ policy: "apiPerCredential", key: found.principal.credentialId }]);
  if (!limited.ok) return { ok: false, response: rateLimitedProblem(limited.policy, limited.retryAfterSeconds) };
  if (permission && !found.principal.permissions.has(permission)) return { ok: false, response: insufficientScope(permission) };
  // A token or key acts for its owner: what the owner's role waits for, it waits for too.
  if (permission && (await lacksRequiredSecondFactor(found.principal.user, permission))) {
    return { ok: false, response: problem(403, { detail: SECOND_FACTOR_REQUIRED_MESSAGE, extra: { reason: "second_factor_required" } }) };
  }
  return { ok: true, principal: { ...found.principal, context } };
}

function refusal(reason: string, kind: Refusal["kind"], subjectId?: string): Refusal {
  return { ok: false, reason, kind, subjectId };
}

async function findAccessToken(token: string): Promise<Found | Refusal> {
  const check = await checkAccessToken(token);
  if (!check.ok) return refusal(check.reason, "access-token", check.subjectId);
  const { claims, user } = check;
  return {
    ok: true,
    principal: { kind: "access-token", user, permissions: permissionsOf(user.roles), credentialId: claims.sid, token: { jti: claims.jti, exp: claims.exp } },
  };
}

async function findApiKey(key: string): Promise<Found | Refusal> {
  const check = await checkApiKey(key);
  if (!check.ok) return refusal(check.reason, "api-key", check.subjectId);
  return { ok: true, principal: { kind: "api-key", user: check.user, permissions: check.permissions, credentialId: check.keyId } };
}
