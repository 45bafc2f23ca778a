import "server-only";
import { db } from "@/lib/db/client";

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
  owner: { id: string; email: string };
};

export type ListApiKeysOptions = {
  /** One owner's keys; omit for every key (admins). */
  userId?: string;
  now?: Date;
};

/** Live keys (not revoked, not expired), newest first. */
export async function listApiKeys({ userId, now = new Date() }: ListApiKeysOptions = {}): Promise<ApiKeyRow[]> {
  const rows = await db.apiKey.findMany({
    where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }], ...(userId ? { userId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, lastUsedAt: true, createdAt: true, user: { select: { id: true, email: true } } },
  });
  return rows.map(({ user, scopes, ...row }) => ({ ...row, scopes: scopes.split(" "), owner: user }));
}
