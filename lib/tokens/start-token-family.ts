import "server-only";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { hashToken, newRefreshToken } from "./refresh-token";
import { tokenResponse, type TokenResponse } from "./token-response";

export type StartTokenFamilyOptions = { userId: string; context: RequestContext; now?: Date };

/**
 * A token sign-in: a new family with its first refresh token, lastLoginAt and the sign-in audit
 * event in one transaction, then the first access token. Like startSession for browsers.
 */
export async function startTokenFamily({ userId, context, now = new Date() }: StartTokenFamilyOptions): Promise<{ tokens: TokenResponse; familyId: string }> {
  const { refreshMaxAgeSeconds, refreshIdleSeconds } = settings().tokens;
  const refreshToken = newRefreshToken();
  const { familyId, roles } = await db.$transaction(async (tx) => {
    const family = await tx.tokenFamily.create({
      data: {
        userId,
        client: context.userAgent,
        ip: context.ip,
        createdAt: now,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + refreshMaxAgeSeconds * 1000),
        idleSeconds: refreshIdleSeconds,
        refreshTokens: { create: { tokenHash: hashToken(refreshToken), createdAt: now } },
      },
      select: { id: true },
    });
    const user = await tx.user.update({ where: { id: userId }, data: { lastLoginAt: now }, select: { roles: { select: { roleName: true } } } });
    await recordAudit(tx, {
        type: AUDIT_EVENTS.signInSucceeded,
        actorId: userId,
        subjectId: userId,
        ...context,
        details: { method: "credentials", via: "token_api", tokenFamilyId: family.id },
      });
    return { familyId: family.id, roles: user.roles.map((role) => role.roleName) };
  });
  return { tokens: await tokenResponse({ userId, familyId, roles, refreshToken, now }), familyId };
}
