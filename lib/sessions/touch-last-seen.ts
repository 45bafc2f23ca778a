import { db } from "@/lib/db/client";
import { lastSeenIsDue } from "./policy";

export type TouchLastSeenOptions = {
  sessionId: string;
  /** `lastSeenAt` as this request read it. */
  lastSeenAt: Date;
  now: Date;
};

/**
 * Moves a live session's `lastSeenAt` to now when it is due (at most once a minute), so the
 * idle timeout counts from the last request. Conditional on the value read, so concurrent
 * requests write it once. Returns whether this call wrote it.
 */
export async function touchLastSeen({ sessionId, lastSeenAt, now }: TouchLastSeenOptions): Promise<boolean> {
  if (!lastSeenIsDue(lastSeenAt, now)) return false;
  const { count } = await db.session.updateMany({ where: { id: sessionId, lastSeenAt }, data: { lastSeenAt: now } });
  return count > 0;
}
