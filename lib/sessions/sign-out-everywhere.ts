import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { endSignIns, type EndSignInsResult } from "./end-sign-ins";

export type SignOutEverywhereOptions = { userId: string; actorId: string; context: RequestContext };

/**
 * Every session of the user ends at once: the session version moves on (so even a token whose
 * row was missed is stale) and every registry row is revoked, in one transaction. Open emailed
 * links (a pending email change, a reset) end with them. Returns what ended, for the message.
 */
export async function signOutEverywhere({ userId, actorId, context }: SignOutEverywhereOptions): Promise<EndSignInsResult> {
  const at = now();
  return db.$transaction(async (tx) => {
    const ended = await endSignIns(tx, {
      userId,
      actorId,
      reason: "signed_out_everywhere",
      keepSessionId: null,
      bumpSessionVersion: true,
      cancelEmailLinks: true,
      at,
      context,
    });
    await recordAudit(tx, { type: AUDIT_EVENTS.signedOutEverywhere, actorId, subjectId: userId, ...context, details: { count: ended.sessions } });
    return ended;
  });
}
