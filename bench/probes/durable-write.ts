// Probe: outside the middleware like open.ts, and commits one write transaction (a token family's
// lastUsedAt, as each refresh does among its writes): the floor for refresh rotations on SQLite,
// where every commit waits for the disk (journal_mode WAL, synchronous FULL: nothing acknowledged
// is lost).
import { db } from "@/lib/db/client";

export async function GET(request: Request) {
  const id = new URL(request.url).searchParams.get("sid") ?? "";
  const { count } = await db.$transaction(async (tx) => tx.tokenFamily.updateMany({ where: { id }, data: { lastUsedAt: new Date() } }));
  return Response.json({ count });
}
