import "server-only";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { RETENTION } from "./retention";

export type PurgeStaleRecordsOptions = {
  now?: Date;
  /** Rows deleted per statement: each write stays short, so sign-ins never wait long behind it. */
  batchSize?: number;
};

export type PurgedCounts = {
  sessions: number;
  emailTokens: number;
  outboxEmails: number;
  verificationTokens: number;
  tokenFamilies: number;
  revokedAccessTokens: number;
};

/**
 * Deletes what no rule reads any more: sessions that ended more than RETENTION.endedSessions ago,
 * emailed links expired more than RETENTION.expiredEmailTokens ago, old development mail and
 * expired Auth.js verification tokens, token families ended more than RETENTION.endedTokenFamilies
 * ago (with their refresh tokens) and blocklisted access tokens past their expiry. Safe to run from several server instances at once.
 */
export async function purgeStaleRecords({ now = clockNow(), batchSize = 500 }: PurgeStaleRecordsOptions = {}): Promise<PurgedCounts> {
  const before = (retentionMs: number) => new Date(now.getTime() - retentionMs);
  const sessionsEndedBefore = before(RETENTION.endedSessions);

  const sessions = await deleteInBatches(
    (take) =>
      db.session.findMany({
        where: { OR: [{ expires: { lt: sessionsEndedBefore } }, { revokedAt: { lt: sessionsEndedBefore } }] },
        select: { id: true },
        take,
      }),
    (ids) => db.session.deleteMany({ where: { id: { in: ids } } }),
    batchSize,
  );
  const emailTokens = await deleteInBatches(
    (take) => db.emailToken.findMany({ where: { expiresAt: { lt: before(RETENTION.expiredEmailTokens) } }, select: { id: true }, take }),
    (ids) => db.emailToken.deleteMany({ where: { id: { in: ids } } }),
    batchSize,
  );
  const outboxEmails = (await db.outboxEmail.deleteMany({ where: { createdAt: { lt: before(RETENTION.outboxEmails) } } })).count;
  const verificationTokens = (await db.verificationToken.deleteMany({ where: { expires: { lt: now } } })).count;
  const familiesEndedBefore = before(RETENTION.endedTokenFamilies);
  // Their refresh tokens go with them (cascade).
  const tokenFamilies = await deleteInBatches(
    (take) =>
      db.tokenFamily.findMany({
        where: { OR: [{ expiresAt: { lt: familiesEndedBefore } }, { revokedAt: { lt: familiesEndedBefore } }] },
        select: { id: true },
        take,
      }),
    (ids) => db.tokenFamily.deleteMany({ where: { id: { in: ids } } }),
    batchSize,
  );
  // A blocklisted access token past its expiry is refused by its exp claim anyway.
  const revokedAccessTokens = (await db.revokedAccessToken.deleteMany({ where: { expiresAt: { lt: now } } })).count;
  return { sessions, emailTokens, outboxEmails, verificationTokens, tokenFamilies, revokedAccessTokens };
}

/** Finds up to batchSize stale ids, deletes them, and again until a batch comes back short. */
async function deleteInBatches(
  findIds: (take: number) => Promise<{ id: string }[]>,
  deleteIds: (ids: string[]) => Promise<{ count: number }>,
  batchSize: number,
): Promise<number> {
  let total = 0;
  for (;;) {
    const { count } = await deleteIds((await findIds(batchSize)).map(({ id }) => id));
    total += count;
    if (count < batchSize) return total;
  }
}
