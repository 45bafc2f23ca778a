import { db } from "@/lib/db/client";

export type Connections = {
  hasPassword: boolean;
  accounts: { id: string; provider: string; linkedAt: Date }[];
};

/** The ways a user can sign in: a password, and the linked provider accounts (oldest first). */
export async function listConnections(userId: string): Promise<Connections> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      passwordHash: true,
      accounts: { select: { id: true, provider: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return {
    hasPassword: Boolean(user?.passwordHash),
    accounts: (user?.accounts ?? []).map((account) => ({ id: account.id, provider: account.provider, linkedAt: account.createdAt })),
  };
}
