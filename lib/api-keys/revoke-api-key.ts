import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { hasPermission } from "@/lib/edge/roles";

export type RevokeApiKeyOptions = {
  keyId: string;
  /** Who revokes, with their roles now: admins (users:write) may revoke anyone's key; everyone else only their own. */
  actor: { id: string; roles: readonly string[] };
  context: RequestContext;
};

/** Revokes a live key; false when there is no such live key the actor may revoke. */
export async function revokeApiKey({ keyId, actor, context }: RevokeApiKeyOptions): Promise<boolean> {
  const now = new Date();
  const anyOwner = hasPermission(actor.roles, "users:write");
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: keyId, revokedAt: null, ...(anyOwner ? {} : { userId: actor.id }) }, select: { userId: true, prefix: true } });
    if (!key) return false;
    const { count } = await tx.apiKey.updateMany({ where: { id: keyId, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) return false;
    await recordAudit(tx, { type: AUDIT_EVENTS.apiKeyRevoked, actorId: actor.id, subjectId: key.userId, ...context, details: { apiKeyId: keyId, prefix: key.prefix } });
    return true;
  });
}
