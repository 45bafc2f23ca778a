// What a server process holds open besides its sockets: the database pool, the hashing worker
// pool, the purge timer. Closed on a graceful shutdown (lib/server/graceful-shutdown.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { stopPurges } from "@/lib/housekeeping/schedule-purges";
import { closePasswordPool } from "@/lib/password/hash";

export async function closeServerResources(): Promise<void> {
  stopPurges();
  await Promise.allSettled([db.$disconnect(), closePasswordPool()]);
}
