import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { revokeTokenFamilies } from "./revoke-token-families";

export type EndTokenFamilyOptions = {
  /** Whose family: only that user's rows are touched. */
  userId: string;
  familyId: string;
  /** The user themselves, or an admin. */
  actorId: string;
  context: RequestContext;
};

/** Ends one token sign-in from the sessions pages; false when it was not live. */
export async function endTokenFamily({ userId, familyId, actorId, context }: EndTokenFamilyOptions): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const ended = await revokeTokenFamilies(tx, { userId, familyId, reason: actorId === userId ? "signed_out" : "ended_by_admin" });
    if (ended > 0) await recordAudit(tx, { type: AUDIT_EVENTS.tokenRevoked, actorId, subjectId: userId, ...context, details: { kind: "family", tokenFamilyId: familyId } });
    return ended > 0;
  });
}
