import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { permissionsOf, type Permission } from "@/lib/edge/roles";
import type { RequestContext } from "@/lib/http/request-context";
import { hashApiKey, newApiKey, VISIBLE_PREFIX_LENGTH } from "./api-key-format";

export type CreateApiKeyOptions = {
  userId: string;
  name: string;
  scopes: Permission[];
  /** Null: the key does not expire. */
  expiresAt: Date | null;
  context: RequestContext;
};

export type CreateApiKeyResult = { ok: true; id: string; key: string; prefix: string } | { ok: false; reason: "scope-not-held"; scopes: Permission[] };

/**
 * A new key for the user, scoped to permissions they hold now. The key is returned once and only
 * its SHA-256 is stored.
 */
export async function createApiKey({ userId, name, scopes, expiresAt, context }: CreateApiKeyOptions): Promise<CreateApiKeyResult> {
  const key = newApiKey();
  const prefix = key.slice(0, VISIBLE_PREFIX_LENGTH);
  return db.$transaction(async (tx) => {
    const roles = await tx.userRole.findMany({ where: { userId }, select: { roleName: true } });
    const held = permissionsOf(roles.map((role) => role.roleName));
    const notHeld = scopes.filter((scope) => !held.has(scope));
    if (notHeld.length > 0) return { ok: false, reason: "scope-not-held", scopes: notHeld } as const;
    const unique = [...new Set(scopes)];
    const row = await tx.apiKey.create({
      data: { userId, name, prefix, keyHash: hashApiKey(key), scopes: unique.join(" "), expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
        type: AUDIT_EVENTS.apiKeyCreated,
        actorId: userId,
        subjectId: userId,
        ...context,
        details: { apiKeyId: row.id, prefix, scopes: unique.join(" "), expiresAt: expiresAt?.toISOString() ?? null },
      });
    return { ok: true, id: row.id, key, prefix } as const;
  });
}
