import { db } from "@/lib/db/client";
import { judgeSession } from "./policy";
import { describeUserAgent, type DeviceLabel } from "./user-agent";

export type ActiveSession = {
  id: string;
  device: DeviceLabel;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expires: Date;
  remember: boolean;
};

/** A user's sessions that would still be accepted now, most recently used first. */
export async function listActiveSessions(userId: string, now: Date = new Date()): Promise<ActiveSession[]> {
  const rows = await db.session.findMany({
    where: { userId, revokedAt: null, expires: { gt: now } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      ip: true,
      userAgent: true,
      createdAt: true,
      lastSeenAt: true,
      expires: true,
      idleSeconds: true,
      remember: true,
      revokedAt: true,
    },
  });
  return rows
    .filter((row) => judgeSession({ ...row, user: { isActive: true, sessionVersion: 0 } }, 0, now) === "active")
    .map(({ id, ip, userAgent, createdAt, lastSeenAt, expires, remember }) => ({
      id,
      ip,
      device: describeUserAgent(userAgent),
      createdAt,
      lastSeenAt,
      expires,
      remember,
    }));
}
