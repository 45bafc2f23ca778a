// npm run db:purge — deletes sessions, emailed links and outbox mail past their retention
// (lib/housekeeping/retention.ts) and prints what went. Servers do this every few hours on their
// own; run it from a scheduler where no server process lives that long.
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { purgeStaleRecords } from "@/lib/housekeeping/purge-stale-records";
import { describePurge } from "@/lib/housekeeping/schedule-purges";
import { runCommand } from "./lib/run-command";

async function main(): Promise<number> {
  await applyMigrations({ url: databaseUrl() });
  const counts = await purgeStaleRecords();
  console.log(`Deleted ${describePurge(counts)}.`);
  return 0;
}

runCommand(main);
