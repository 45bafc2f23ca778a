// Security-log events for the paging test: more than two pages about one account that nothing
// else touches, dated long ago so the overview's recent-days chart never counts them. Created by
// seed-fixtures.ts.
export const BULK_AUDIT_SUBJECT = "logged-often@audit.e2e.test";
export const BULK_AUDIT_COUNT = 120;

export type BulkAuditEvent = { type: string; createdAt: Date; details: string };

export function bulkAuditEvents(): BulkAuditEvent[] {
  const base = Date.UTC(2025, 5, 1);
  return Array.from({ length: BULK_AUDIT_COUNT }, (_, index) => ({
    type: "sign_in.failed",
    // Pairs share a timestamp, so paging must break ties by id.
    createdAt: new Date(base + Math.floor(index / 2) * 60_000),
    details: JSON.stringify({ reason: "wrong-password", method: "credentials", client: "unknown", attempt: index + 1 }),
  }));
}
