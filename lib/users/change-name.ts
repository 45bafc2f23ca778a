import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { RequestContext } from "@/lib/http/request-context";

export type ChangeNameOptions = { userId: string; name: string; context: RequestContext };

export type ChangeNameResult = { status: "changed" | "unchanged" };

/** The name an account is greeted by (emails, the header); `name` comes trimmed from nameSchema. */
export async function changeName({ userId, name, context }: ChangeNameOptions): Promise<ChangeNameResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    if (before.name === name) return { status: "unchanged" } as const;
    await tx.user.update({ where: { id: userId }, data: { name }, select: { id: true } });
    await recordAudit(tx, { type: AUDIT_EVENTS.nameChanged, actorId: userId, subjectId: userId, ...context });
    return { status: "changed" } as const;
  });
}
