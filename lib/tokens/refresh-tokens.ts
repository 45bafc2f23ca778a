import "server-only";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import type { RateLimitPolicy } from "@/lib/rate-limit/policies";
import { judgeTokenFamily, type TokenFamilyVerdict } from "./family-policy";
import { findRefreshToken } from "./find-token-family";
import { hashToken, isRefreshTokenShape, successorOf } from "./refresh-token";
import { revokeTokenFamilies } from "./revoke-token-families";
import { tokenResponse, type TokenResponse } from "./token-response";
import { isUniqueViolation } from "@/lib/users/register-user";

export type RefreshTokensOptions = {
  refreshToken: string;
  context: RequestContext;
  now?: Date;
  /** A second use within this many seconds gets the same successor; defaults to REFRESH_TOKEN_GRACE. */
  graceSeconds?: number;
  rateLimits?: CheckRateLimitsOptions;
};

export type RefreshTokensResult =
  | { ok: true; tokens: TokenResponse; familyId: string; rotated: boolean }
  | { ok: false; reason: "rate-limited"; policy: RateLimitPolicy; retryAfterSeconds: number }
  | { ok: false; reason: "unknown" | "reused" | Exclude<TokenFamilyVerdict, "active">; familyId?: string };

/**
 * POST /api/v1/auth/refresh: exchanges a refresh token for a new access token and its successor.
 * Exactly one caller rotates a token (a conditional update, one transaction, on either
 * database); a second use within the grace window — parallel requests of one client — gets the
 * same successor; a use after that is a stolen token replayed, and ends the whole family
 * (RFC 9700 §4.14.2) with an audit event.
 */
export async function refreshTokens({
  refreshToken,
  context,
  now = new Date(),
  graceSeconds = settings().tokens.refreshGraceSeconds,
  rateLimits,
}: RefreshTokensOptions): Promise<RefreshTokensResult> {
  if (!isRefreshTokenShape(refreshToken)) return { ok: false, reason: "unknown" };
  const row = await findRefreshToken(hashToken(refreshToken));
  if (!row) return { ok: false, reason: "unknown" };
  const { family } = row;
  const verdict = judgeTokenFamily(family, now);
  if (verdict !== "active") return { ok: false, reason: verdict, familyId: family.id };
  const limited = await checkRateLimits([{ policy: "refreshPerFamily", key: family.id }], rateLimits);
  if (!limited.ok) return { ok: false, reason: "rate-limited", policy: limited.policy, retryAfterSeconds: limited.retryAfterSeconds };

  const successor = successorOf(refreshToken);
  let rotatedAt = row.rotatedAt;
  if (rotatedAt === null) {
    // The successor is derived from the token, so its row exists exactly when the token has been
    // rotated: inserting it is the claim. Of two concurrent refreshes one insert wins; the other
    // meets the unique hash (after waiting on SQLite's writer lock, or on PostgreSQL's index entry)
    // and its whole batch rolls back. One batch, so no round trips between the writes.
    const won = await db
      .$transaction([
        db.refreshToken.create({ data: { tokenHash: hashToken(successor), familyId: family.id, createdAt: now } }),
        db.refreshToken.update({ where: { id: row.id }, data: { rotatedAt: now } }),
        db.tokenFamily.update({ where: { id: family.id }, data: { lastUsedAt: now } }),
      ])
      .then(
        () => true,
        (error: unknown) => {
          if (isUniqueViolation(error)) return false;
          throw error;
        },
      );
    if (won) return issue(true);
    rotatedAt = (await db.refreshToken.findUnique({ where: { id: row.id }, select: { rotatedAt: true } }))?.rotatedAt ?? now;
  }
  if (now.getTime() - rotatedAt.getTime() <= graceSeconds * 1000) return issue(false);

  await db.$transaction(async (tx) => {
    const ended = await revokeTokenFamilies(tx, { userId: family.userId, familyId: family.id, reason: "reuse_detected", at: now });
    if (ended > 0) {
      await recordAudit(tx, {
          type: AUDIT_EVENTS.tokenReuseDetected,
          subjectId: family.userId,
          ...context,
          details: { tokenFamilyId: family.id, rotatedAt: rotatedAt.toISOString() },
        });
    }
  });
  return { ok: false, reason: "reused", familyId: family.id };

  async function issue(rotated: boolean): Promise<RefreshTokensResult> {
    const tokens = await tokenResponse({ userId: family.userId, familyId: family.id, roles: family.user.roles, refreshToken: successor, now });
    return { ok: true, tokens, familyId: family.id, rotated };
  }
}
