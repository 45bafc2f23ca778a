import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { verifyAccessToken } from "./access-token";
import { blockAccessToken } from "./access-token-blocklist";
import { hashToken, isRefreshTokenShape } from "./refresh-token";
import { revokeTokenFamilies } from "./revoke-token-families";

export type RevokeTokenOptions = { token: string; context: RequestContext; now?: Date };

/**
 * POST /api/v1/auth/revoke (RFC 7009): a refresh token ends its whole family; an access token
 * is blocklisted until it would have expired. An unknown, expired or foreign token changes
 * nothing, and the caller cannot tell the difference (the endpoint answers 200 regardless).
 */
export async function revokeToken({ token, context, now = new Date() }: RevokeTokenOptions): Promise<"refresh" | "access" | "none"> {
  if (isRefreshTokenShape(token)) {
    const row = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { family: { select: { id: true, userId: true } } } });
    if (!row) return "none";
    const { id: familyId, userId } = row.family;
    await db.$transaction(async (tx) => {
      const ended = await revokeTokenFamilies(tx, { userId, familyId, reason: "revoked_by_client", at: now });
      if (ended > 0) {
        await recordAudit(tx, { type: AUDIT_EVENTS.tokenRevoked, actorId: userId, subjectId: userId, ...context, details: { kind: "refresh", tokenFamilyId: familyId } });
      }
    });
    return "refresh";
  }
  const check = await verifyAccessToken(token, { now });
  if (!check.ok) return "none";
  const { jti, sub, sid, exp } = check.claims;
  await blockAccessToken({ jti, expiresAt: new Date(exp * 1000), now });
  await recordAudit(db, { type: AUDIT_EVENTS.tokenRevoked, actorId: sub, subjectId: sub, ...context, details: { kind: "access", jti, tokenFamilyId: sid } });
  return "access";
}
