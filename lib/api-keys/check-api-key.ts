import "server-only";
import { db } from "@/lib/db/client";
import { permissionsOf, type Permission } from "@/lib/edge/roles";
import { lastSeenIsDue } from "@/lib/sessions/policy";
import { credentialUser, credentialUserSelect, type CredentialCheck, type CredentialUser } from "@/lib/tokens/check-access-token";
import { hashApiKey, isApiKeyShape } from "./api-key-format";

/**
 * An API key is good while it is not revoked or expired and its owner is active; it grants its
 * scopes only as far as the owner still holds them. Writes lastUsedAt at most once a minute.
 */
export async function checkApiKey(key: string, now: Date = new Date()): Promise<CredentialCheck<{ keyId: string; user: CredentialUser; permissions: Set<Permission>; expiresAt: Date | null }>> {
  if (!isApiKeyShape(key)) return { ok: false, reason: "malformed-key" };
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, userId: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: credentialUserSelect } },
  });
  if (!row) return { ok: false, reason: "unknown-key" };
  if (row.revokedAt) return { ok: false, reason: "revoked", subjectId: row.userId };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired", subjectId: row.userId };
  if (!row.user.isActive) return { ok: false, reason: "inactive-owner", subjectId: row.userId };
  if (!row.lastUsedAt || lastSeenIsDue(row.lastUsedAt, now)) {
    // Conditional on the value read, so concurrent requests write it once.
    await db.apiKey.updateMany({ where: { id: row.id, lastUsedAt: row.lastUsedAt }, data: { lastUsedAt: now } });
  }
  const user = credentialUser(row.user);
  const owned = permissionsOf(user.roles);
  const permissions = new Set(row.scopes.split(" ").filter((scope): scope is Permission => owned.has(scope as Permission)));
  return { ok: true, keyId: row.id, user, permissions, expiresAt: row.expiresAt };
}
