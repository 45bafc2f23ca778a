// When a registered session is still good. Pure: the data access layer feeds it a row and now.

export type SessionLifetimes = {
  maxAgeSeconds: number;
  idleSeconds: number;
  rememberMaxAgeSeconds: number;
  rememberIdleSeconds: number;
};

export function lifetimeFor(remember: boolean, lifetimes: SessionLifetimes) {
  return remember
    ? { maxAgeSeconds: lifetimes.rememberMaxAgeSeconds, idleSeconds: lifetimes.rememberIdleSeconds }
    : { maxAgeSeconds: lifetimes.maxAgeSeconds, idleSeconds: lifetimes.idleSeconds };
}

export type SessionState = {
  expires: Date;
  idleSeconds: number;
  lastSeenAt: Date;
  revokedAt: Date | null;
  user: { isActive: boolean; sessionVersion: number };
};

export type SessionVerdict = "active" | "revoked" | "expired" | "idle" | "inactive-user" | "stale-version";

export function judgeSession(session: SessionState, tokenVersion: number, now: Date): SessionVerdict {
  if (session.revokedAt) return "revoked";
  if (!session.user.isActive) return "inactive-user";
  if (session.user.sessionVersion !== tokenVersion) return "stale-version";
  if (session.expires.getTime() <= now.getTime()) return "expired";
  if (session.lastSeenAt.getTime() + session.idleSeconds * 1000 <= now.getTime()) return "idle";
  return "active";
}

/** lastSeenAt is written at most once a minute per session, never on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export function lastSeenIsDue(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}
