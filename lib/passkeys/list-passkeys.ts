import "server-only";
import { db } from "@/lib/db/client";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; synced: boolean };

/** The account's passkeys for Settings, oldest first. No key material leaves this function. */
export async function listPasskeys(userId: string): Promise<PasskeySummary[]> {
  const rows = await db.passkey.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, deviceType: true, backedUp: true },
  });
  return rows.map(({ deviceType, backedUp, ...row }) => ({ ...row, synced: deviceType === "multiDevice" || backedUp }));
}
