// npm run db:purge — deletes sessions, emailed links and outbox mail past their retention
// (lib/housekeeping/retention.ts) and prints what went. Servers do this every few hours on their
// own; run it from a scheduler where no server process lives that long. It never changes the
// schema (a scheduled job from an older release must not migrate during a deploy).
import { purgeStaleRecords } from "@/lib/housekeeping/purge-stale-records";
import { describePurge } from "@/lib/housekeeping/schedule-purges";
import { runCommand } from "./lib/run-command";

async function main(): Promise<number> {
  const counts = await purgeStaleRecords();
  console.log(`Deleted ${describePurge(counts)}.`);
  return 0;
}

runCommand(main);
