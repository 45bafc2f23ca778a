import "server-only";
import { verifyAccessToken, type AccessTokenClaims } from "./access-token";
import { isAccessTokenBlocked } from "./access-token-blocklist";
import { judgeTokenFamily } from "./family-policy";
import { findTokenFamily } from "./find-token-family";
import { rememberClaims, rememberedClaims } from "./verified-token-cache";

export const credentialUserSelect = {
  id: true,
  email: true,
  name: true,
  emailVerified: true,
  lastLoginAt: true,
  createdAt: true,
  isActive: true,
  roles: { select: { roleName: true } },
} as const;

export type CredentialUser = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  roles: string[];
};

type CredentialUserRow = Omit<CredentialUser, "roles"> & { roles: { roleName: string }[] };

export function credentialUser({ id, email, name, emailVerified, lastLoginAt, createdAt, roles }: CredentialUserRow): CredentialUser {
  return { id, email, name, emailVerified, lastLoginAt, createdAt, roles: roles.map((role) => role.roleName) };
}

export type CredentialCheck<T> = ({ ok: true } & T) | { ok: false; reason: string; subjectId?: string };

/**
 * Everything that makes an access token good right now: signature and claims (remembered once
 * verified), then — every time — its family (live, same user), the blocklist and the user.
 */
export async function checkAccessToken(token: string, now: Date = new Date()): Promise<CredentialCheck<{ claims: AccessTokenClaims; user: CredentialUser }>> {
  let claims = rememberedClaims(token, Math.floor(now.getTime() / 1000));
  if (!claims) {
    const check = await verifyAccessToken(token, { now });
    if (!check.ok) return { ok: false, reason: check.reason };
    claims = check.claims;
    rememberClaims(token, claims);
  }
  const { family, blocked } = await lookUpRevocation(claims);
  if (!family || family.userId !== claims.sub) return { ok: false, reason: "unknown-family", subjectId: claims.sub };
  if (blocked) return { ok: false, reason: "revoked", subjectId: claims.sub };
  // The idle clock runs on refreshes; an access token lives far shorter than the idle window.
  const verdict = judgeTokenFamily({ ...family, lastUsedAt: now }, now);
  if (verdict !== "active") return { ok: false, reason: `family-${verdict}`, subjectId: claims.sub };
  return { ok: true, claims, user: family.user };
}

/**
 * The database reads behind "is this token still good": its family with the user, and the
 * blocklist. Exported for the benchmark, which prints it as the floor of a bearer check that sees
 * revocation on the next request on every instance.
 */
export async function lookUpRevocation(claims: Pick<AccessTokenClaims, "sid" | "jti">) {
  const [family, blocked] = await Promise.all([findTokenFamily(claims.sid), isAccessTokenBlocked(claims.jti)]);
  return { family, blocked };
}
