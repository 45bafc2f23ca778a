import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";

export type DayActivity = { day: string; succeeded: number; failed: number };

/** Sign-ins and failed sign-ins per UTC day over the last `days` days, oldest first, zero days included. */
export async function signInActivity(days = 14, now: Date = new Date()): Promise<DayActivity[]> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = new Date(today - (days - 1) * 86_400_000);
  const result: DayActivity[] = Array.from({ length: days }, (_, index) => ({
    day: new Date(start.getTime() + index * 86_400_000).toISOString().slice(0, 10),
    succeeded: 0,
    failed: 0,
  }));
  const byDay = new Map(result.map((entry) => [entry.day, entry]));
  const events = await db.auditEvent.findMany({
    where: { type: { in: [AUDIT_EVENTS.signInSucceeded, AUDIT_EVENTS.signInFailed] }, createdAt: { gte: start } },
    select: { type: true, createdAt: true },
  });
  for (const event of events) {
    const entry = byDay.get(event.createdAt.toISOString().slice(0, 10));
    if (!entry) continue;
    if (event.type === AUDIT_EVENTS.signInSucceeded) entry.succeeded += 1;
    else entry.failed += 1;
  }
  return result;
}
