import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { replaceRecoveryCodes } from "./replace-recovery-codes";
import { hasSecondFactor } from "./second-factor-status";
import { tellOwnerAboutSecondFactor } from "./tell-owner";

export type RegenerateRecoveryCodesOptions = { userId: string; context: RequestContext };

/** Ten new recovery codes, shown once; every earlier code stops working. Only with two-step verification on. */
export async function regenerateRecoveryCodes({ userId, context }: RegenerateRecoveryCodesOptions): Promise<string[] | null> {
  const codes = await db.$transaction(async (tx) => {
    if (!(await hasSecondFactor(userId, tx))) return null;
    const fresh = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { type: AUDIT_EVENTS.recoveryCodesRegenerated, actorId: userId, subjectId: userId, ...context });
    return fresh;
  });
  if (codes) await tellOwnerAboutSecondFactor(userId, "recovery-codes-regenerated");
  return codes;
}
