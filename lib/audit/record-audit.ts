import type { Tx } from "@/lib/db/client";
import { auditEventData, type AuditEventInput } from "./events";

/** A transaction, or the client itself for an event that stands alone (a failed sign-in). */
export type AuditWriter = Pick<Tx, "auditEvent">;

/**
 * Writes security events to the audit log. Call it with the transaction that makes the change,
 * so the change and its record commit together or not at all. A single event's id comes back,
 * for a page that refers to the event afterwards instead of carrying its details in a URL.
 */
export async function recordAudit(tx: AuditWriter, event: AuditEventInput): Promise<string>;
export async function recordAudit(tx: AuditWriter, event: readonly AuditEventInput[]): Promise<void>;
export async function recordAudit(tx: AuditWriter, event: AuditEventInput | readonly AuditEventInput[]): Promise<string | void> {
  if (Array.isArray(event)) {
    if (event.length > 0) await tx.auditEvent.createMany({ data: event.map(auditEventData) });
    return;
  }
  const created = await tx.auditEvent.create({ data: auditEventData(event as AuditEventInput), select: { id: true } });
  return created.id;
}
