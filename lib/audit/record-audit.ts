import type { Tx } from "@/lib/db/client";
import { auditEventData, type AuditEventInput } from "./events";

/** A transaction, or the client itself for an event that stands alone (a failed sign-in). */
export type AuditWriter = Pick<Tx, "auditEvent">;

/**
 * Writes security events to the audit log. Call it with the transaction that makes the change,
 * so the change and its record commit together or not at all.
 */
export async function recordAudit(tx: AuditWriter, event: AuditEventInput | readonly AuditEventInput[]): Promise<void> {
  if (Array.isArray(event)) {
    if (event.length > 0) await tx.auditEvent.createMany({ data: event.map(auditEventData) });
    return;
  }
  await tx.auditEvent.create({ data: auditEventData(event as AuditEventInput) });
}
