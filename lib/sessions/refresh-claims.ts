import { settings } from "@/lib/config/settings";
import { findSessionRecord } from "./find-session-record";
import { judgeSession } from "./policy";

export type RefreshClaimsOptions = { userId: string; sessionId: string; sessionVersion: number; now?: Date };

export type RefreshedClaims = { roles: string[]; rdue: number };

/**
 * Re-reads the roles behind a session token from the database. Null when the registry says the
 * session is over (revoked, expired, idle, user deactivated, session version bumped): the
 * caller then drops the token.
 */
export async function refreshClaims({ userId, sessionId, sessionVersion, now = new Date() }: RefreshClaimsOptions): Promise<RefreshedClaims | null> {
  const row = await findSessionRecord(sessionId);
  if (!row || row.userId !== userId) return null;
  if (judgeSession(row, sessionVersion, now) !== "active") return null;
  return {
    roles: row.user.roles,
    rdue: Math.floor(now.getTime() / 1000) + settings().session.roleRefreshSeconds,
  };
}
