import { db } from "@/lib/db/client";

export type ExportAccountDataOptions = { userId: string; at: Date };

/** How many security events an export carries at most (newest first). */
export const EXPORT_AUDIT_LIMIT = 1_000;

/**
 * Everything Gatehouse keeps about a person, as they may download it. Every column is named:
 * secrets (password hash, authenticator secret, token and key hashes, provider tokens) are never
 * selected, so a new column stays out until someone decides it belongs here.
 */
export async function exportAccountData({ userId, at }: ExportAccountDataOptions) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      image: true,
      emailVerified: true,
      createdAt: true,
      updatedAt: true,
      lastLoginAt: true,
      passwordHash: true,
      roles: { select: { roleName: true, assignedAt: true }, orderBy: { roleName: "asc" } },
      accounts: { select: { provider: true, providerAccountId: true, scope: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      sessions: {
        select: { id: true, createdAt: true, lastSeenAt: true, expires: true, revokedAt: true, remember: true, ip: true, userAgent: true },
        orderBy: { createdAt: "desc" },
      },
      tokenFamilies: {
        select: { id: true, client: true, ip: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true, revokedReason: true },
        orderBy: { createdAt: "desc" },
      },
      apiKeys: { select: { name: true, prefix: true, scopes: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true }, orderBy: { createdAt: "desc" } },
      totpFactor: { select: { confirmedAt: true, createdAt: true } },
      recoveryCodes: { select: { usedAt: true } },
      posts: { select: { id: true, title: true, body: true, status: true, createdAt: true, updatedAt: true, publishedAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) return null;
  const events = await db.auditEvent.findMany({
    where: { OR: [{ subjectId: userId }, { actorId: userId }] },
    select: { type: true, actorId: true, subjectId: true, ip: true, userAgent: true, details: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_AUDIT_LIMIT,
  });
  const { passwordHash, roles, accounts, sessions, tokenFamilies, apiKeys, totpFactor, recoveryCodes, posts, ...profile } = user;
  return {
    exportedAt: at.toISOString(),
    profile: { ...profile, hasPassword: passwordHash !== null, roles },
    linkedAccounts: accounts,
    sessions,
    apiSignIns: tokenFamilies,
    apiKeys,
    secondFactor: {
      authenticatorApp: totpFactor ? { createdAt: totpFactor.createdAt, confirmedAt: totpFactor.confirmedAt } : null,
      recoveryCodesLeft: recoveryCodes.filter((code) => code.usedAt === null).length,
    },
    securityEvents: events.map((event) => ({ ...event, details: event.details ? (JSON.parse(event.details) as unknown) : null })),
    posts,
  };
}

export type AccountDataExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
