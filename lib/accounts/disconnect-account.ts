import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";

export type DisconnectAccountOptions = { userId: string; accountId: string; context: RequestContext };

export type DisconnectAccountResult =
  | { status: "disconnected"; provider: string }
  | { status: "not-found" }
  | { status: "last-method" };

/**
 * Removes one linked provider account from its owner. Refused when it is the last way to sign
 * in: a user without a password keeps at least one provider.
 */
export async function disconnectAccount({ userId, accountId, context }: DisconnectAccountOptions): Promise<DisconnectAccountResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { passwordHash: true, accounts: { select: { id: true, provider: true } } },
    });
    const account = user?.accounts.find((entry) => entry.id === accountId);
    if (!user || !account) return { status: "not-found" };
    if (!user.passwordHash && user.accounts.length <= 1) return { status: "last-method" };

    await tx.account.delete({ where: { id: account.id } });
    await recordAudit(tx, {
      type: AUDIT_EVENTS.accountUnlinked,
      actorId: userId,
      subjectId: userId,
      ...context,
      details: { provider: account.provider },
    });
    return { status: "disconnected", provider: account.provider };
  });
}
