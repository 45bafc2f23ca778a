import "server-only";
import { permissionsOf } from "@/lib/edge/roles";
import { checkApiKey } from "@/lib/api-keys/check-api-key";
import { isApiKeyShape } from "@/lib/api-keys/api-key-format";
import { settings } from "@/lib/config/settings";
import { tokenIssuer } from "./access-token";
import { checkAccessToken } from "./check-access-token";
import { judgeTokenFamily } from "./family-policy";
import { findRefreshToken } from "./find-token-family";
import { hashToken, isRefreshTokenShape } from "./refresh-token";

/** RFC 7662 §2.2. Inactive tokens say nothing more than that. */
export type Introspection =
  | { active: false }
  | {
      active: true;
      token_type: "Bearer" | "refresh_token" | "api_key";
      sub: string;
      username: string;
      scope: string;
      exp?: number;
      iat?: number;
      jti?: string;
      sid?: string;
      iss: string;
      aud?: string;
      client_id: string;
    };

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Whether a token is live right now, checked against the database exactly as Gatehouse's own API
 * checks it — for services that cannot accept an access token's offline staleness.
 */
export async function introspectToken(token: string, now: Date = new Date()): Promise<Introspection> {
  const { issuer, audience } = tokenIssuer();
  if (isRefreshTokenShape(token)) {
    const row = await findRefreshToken(hashToken(token));
    if (!row || judgeTokenFamily(row.family, now) !== "active") return { active: false };
    if (row.rotatedAt && now.getTime() - row.rotatedAt.getTime() > settings().tokens.refreshGraceSeconds * 1000) return { active: false };
    const { family } = row;
    const scope = [...permissionsOf(family.user.roles)].join(" ");
    return { active: true, token_type: "refresh_token", sub: family.userId, username: family.user.email, scope, exp: seconds(family.expiresAt), iat: seconds(family.createdAt), sid: family.id, iss: issuer, client_id: "gatehouse" };
  }
  if (isApiKeyShape(token)) {
    const check = await checkApiKey(token, now);
    if (!check.ok) return { active: false };
    return {
      active: true,
      token_type: "api_key",
      sub: check.user.id,
      username: check.user.email,
      scope: [...check.permissions].join(" "),
      ...(check.expiresAt ? { exp: seconds(check.expiresAt) } : {}),
      iss: issuer,
      client_id: "gatehouse",
    };
  }
  const check = await checkAccessToken(token, now);
  if (!check.ok) return { active: false };
  const { claims, user } = check;
  return {
    active: true,
    token_type: "Bearer",
    sub: claims.sub,
    username: user.email,
    scope: [...permissionsOf(user.roles)].join(" "),
    exp: claims.exp,
    iat: claims.iat,
    jti: claims.jti,
    sid: claims.sid,
    iss: issuer,
    aud: audience,
    client_id: "gatehouse",
  };
}
