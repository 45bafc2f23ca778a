// Housekeeping against a real database: what is past its retention goes, nothing else does.
import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-15T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

export type PurgeTarget = {
  db: typeof import("@/lib/db/client").db;
  purgeStaleRecords: typeof import("./purge-stale-records").purgeStaleRecords;
};

/**
 * The cases both dialects must pass (purge-stale-records.test.ts on SQLite,
 * purge-stale-records.postgres.test.ts on PostgreSQL), against a migrated database of their own
 * and the module imported with DATABASE_URL pointing at it.
 */
export function purgeCases(label: string, { db, purgeStaleRecords }: PurgeTarget): void {
  describe(`purgeStaleRecords (${label})`, () => {
    let userId: string;

    beforeEach(async () => {
      await db.session.deleteMany();
      await db.emailToken.deleteMany();
      await db.outboxEmail.deleteMany();
      await db.verificationToken.deleteMany();
      await db.user.deleteMany();
      userId = (await db.user.create({ data: { email: `someone-${randomBytes(4).toString("hex")}@example.com` } })).id;
    });

    async function session(label: string, { expires, revokedAt }: { expires: Date; revokedAt?: Date }) {
      await db.session.create({
        data: { sessionToken: label, userId, expires, revokedAt, idleSeconds: 7200, createdAt: ago(60), lastSeenAt: ago(60) },
      });
    }

    async function emailToken(label: string, expiresAt: Date) {
      await db.emailToken.create({ data: { tokenHash: label, userId, purpose: "reset_password", email: "someone@example.com", expiresAt } });
    }

    const remaining = async () => ({
      sessions: (await db.session.findMany({ select: { sessionToken: true } })).map((row) => row.sessionToken).sort(),
      emailTokens: (await db.emailToken.findMany({ select: { tokenHash: true } })).map((row) => row.tokenHash).sort(),
      outbox: (await db.outboxEmail.findMany({ select: { subject: true } })).map((row) => row.subject).sort(),
      verificationTokens: (await db.verificationToken.findMany({ select: { token: true } })).map((row) => row.token).sort(),
    });

    it("deletes sessions ended more than 30 days ago, by expiry or by revocation, and keeps the rest", async () => {
      await session("expired-31-days-ago", { expires: ago(31) });
      await session("expired-29-days-ago", { expires: ago(29) });
      await session("revoked-31-days-ago", { expires: ago(-20), revokedAt: ago(31) });
      await session("revoked-yesterday", { expires: ago(-20), revokedAt: ago(1) });
      await session("live", { expires: ago(-1) });

      const counts = await purgeStaleRecords({ now: NOW });

      expect(counts.sessions).toBe(2);
      expect((await remaining()).sessions).toEqual(["expired-29-days-ago", "live", "revoked-yesterday"]);
    });

    it("deletes emailed links a week after they expired, so a recent one can still say 'expired'", async () => {
      await emailToken("expired-8-days-ago", ago(8));
      await emailToken("expired-6-days-ago", ago(6));
      await emailToken("still-valid", ago(-0.01));

      expect((await purgeStaleRecords({ now: NOW })).emailTokens).toBe(1);
      expect((await remaining()).emailTokens).toEqual(["expired-6-days-ago", "still-valid"]);
    });

    it("deletes development mail older than a week and expired verification tokens", async () => {
      for (const [subject, createdAt] of [["8 days old", ago(8)], ["6 days old", ago(6)]] as const) {
        await db.outboxEmail.create({ data: { to: "someone@example.com", subject, text: "t", html: "h", createdAt } });
      }
      await db.verificationToken.create({ data: { identifier: "someone@example.com", token: "expired", expires: ago(0.01) } });
      await db.verificationToken.create({ data: { identifier: "someone@example.com", token: "valid", expires: ago(-0.01) } });

      const counts = await purgeStaleRecords({ now: NOW });

      expect(counts).toMatchObject({ outboxEmails: 1, verificationTokens: 1 });
      expect(await remaining()).toMatchObject({ outbox: ["6 days old"], verificationTokens: ["valid"] });
    });

    it("works through more stale rows than one batch holds, and leaves users alone", async () => {
      for (let index = 0; index < 7; index++) await session(`old-${index}`, { expires: ago(40) });
      for (let index = 0; index < 5; index++) await emailToken(`old-${index}`, ago(40));
      await session("live", { expires: ago(-1) });

      const counts = await purgeStaleRecords({ now: NOW, batchSize: 3 });

      expect(counts).toMatchObject({ sessions: 7, emailTokens: 5 });
      expect(await remaining()).toMatchObject({ sessions: ["live"], emailTokens: [] });
      expect(await db.user.count()).toBe(1);
    });

    it("a second run finds nothing left to delete", async () => {
      await session("old", { expires: ago(40) });
      await purgeStaleRecords({ now: NOW });
      expect(await purgeStaleRecords({ now: NOW })).toEqual({ sessions: 0, emailTokens: 0, outboxEmails: 0, verificationTokens: 0 });
    });
  });
}
