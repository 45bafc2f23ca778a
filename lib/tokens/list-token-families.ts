import "server-only";
import { db } from "@/lib/db/client";
import { describeUserAgent, type DeviceLabel } from "@/lib/sessions/user-agent";
import { judgeTokenFamily } from "./family-policy";

export type ActiveTokenFamily = { id: string; client: DeviceLabel; ip: string | null; createdAt: Date; lastUsedAt: Date; expiresAt: Date };

/** A user's token sign-ins (apps, CLIs) that would still be accepted now, most recently used first. */
export async function listTokenFamilies(userId: string, now: Date = new Date()): Promise<ActiveTokenFamily[]> {
  const rows = await db.tokenFamily.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ lastUsedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, userId: true, client: true, ip: true, createdAt: true, lastUsedAt: true, expiresAt: true, idleSeconds: true, revokedAt: true },
  });
  return rows
    .filter((row) => judgeTokenFamily({ ...row, user: { isActive: true } }, now) === "active")
    .map(({ id, client, ip, createdAt, lastUsedAt, expiresAt }) => ({ id, client: describeUserAgent(client), ip, createdAt, lastUsedAt, expiresAt }));
}
