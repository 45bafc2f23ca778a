import "server-only";
import { FIRST_PURGE_DELAY_MS, PURGE_INTERVAL_MS } from "./retention";
import { purgeStaleRecords, type PurgedCounts } from "./purge-stale-records";

type Holder = { timer?: NodeJS.Timeout };
// One schedule per process, kept across dev-server module reloads.
const holder = ((globalThis as { __gatehousePurges?: Holder }).__gatehousePurges ??= {});

/**
 * Purges stale records every PURGE_INTERVAL_MS in this server process (lib/server-start.ts).
 * A failed purge is logged and tried again next time; it never takes the server down. Deployments
 * without long-lived processes run `npm run db:purge` from a scheduler instead.
 */
export function schedulePurges(): void {
  if (holder.timer) return;
  const run = async () => {
    try {
      const counts = await purgeStaleRecords();
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      if (total > 0) console.info(`Housekeeping: deleted ${describePurge(counts)}`);
    } catch (error) {
      console.error(`Housekeeping failed (tried again in ${PURGE_INTERVAL_MS / 3_600_000} h): ${(error as Error).message}`);
    }
    holder.timer = setTimeout(run, PURGE_INTERVAL_MS).unref();
  };
  holder.timer = setTimeout(run, FIRST_PURGE_DELAY_MS).unref();
}

/** Cancels the schedule (a graceful shutdown). */
export function stopPurges(): void {
  clearTimeout(holder.timer);
  holder.timer = undefined;
}

const LABELS: Record<keyof PurgedCounts, string> = {
  sessions: "ended sessions",
  emailTokens: "expired emailed links",
  outboxEmails: "outbox emails",
  verificationTokens: "expired verification tokens",
  tokenFamilies: "ended token families",
  revokedAccessTokens: "expired blocklist entries",
};

export function describePurge(counts: PurgedCounts): string {
  return (Object.keys(LABELS) as (keyof PurgedCounts)[]).map((kind) => `${counts[kind]} ${LABELS[kind]}`).join(", ");
}
