// The data access layer's one-statement session read, against a real SQLite database: it must
// say exactly what Prisma's nested select says, for live, revoked and deactivated sessions.
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { throughPrisma } from "./find-session-record.cases";

const db = await openTestDatabase(sqliteTestDatabase("session-record"));
const { findSessionRecord } = await import("./find-session-record");

async function createSession(email: string, roles: string[], user: { isActive?: boolean; lastLoginAt?: Date | null; emailVerified?: Date | null } = {}) {
  const created = await db.user.create({
    data: { email, name: email.split("@")[0], isActive: user.isActive ?? true, lastLoginAt: user.lastLoginAt ?? null, emailVerified: user.emailVerified ?? null, roles: { create: roles.map((roleName) => ({ roleName })) } },
  });
  const now = new Date();
  return db.session.create({
    data: { sessionToken: `${email}-token`, userId: created.id, expires: new Date(now.getTime() + 3_600_000), idleSeconds: 7200, lastSeenAt: now },
  });
}

describe("findSessionRecord", () => {
  it("reads a live session, its user and every role, as Prisma's nested select does", async () => {
    const session = await createSession("editor@example.test", ["user", "editor"], { lastLoginAt: new Date(), emailVerified: new Date() });

    const record = await findSessionRecord(session.id);

    expect(record).toEqual(await throughPrisma(db, session.id));
    expect(record?.user.roles).toEqual(["editor", "user"]);
    expect(record?.revokedAt).toBeNull();
    expect(record?.user.isActive).toBe(true);
    expect(record?.user.emailVerified).toBeInstanceOf(Date);
  });

  it("reads a user without roles as an empty role list, not as a missing session", async () => {
    const session = await createSession("no-roles@example.test", []);

    const record = await findSessionRecord(session.id);

    expect(record).toEqual(await throughPrisma(db, session.id));
    expect(record?.user.roles).toEqual([]);
  });

  it("shows a revocation, a deactivation and a bumped session version at once", async () => {
    const session = await createSession("revoked@example.test", ["user"], { isActive: true });
    const revokedAt = new Date();
    await db.session.update({ where: { id: session.id }, data: { revokedAt } });
    await db.user.update({ where: { id: session.userId }, data: { isActive: false, sessionVersion: { increment: 1 } } });

    const record = await findSessionRecord(session.id);

    expect(record).toEqual(await throughPrisma(db, session.id));
    expect(record?.revokedAt).toEqual(revokedAt);
    expect(record?.user.isActive).toBe(false);
    expect(record?.user.sessionVersion).toBe(2);
  });

  it("reads dates SQLite wrote itself (CURRENT_TIMESTAMP text, epoch milliseconds) as Prisma does", async () => {
    const session = await createSession("sqlite-dates@example.test", ["user"]);
    await db.$executeRawUnsafe(`UPDATE "User" SET "createdAt" = '2026-01-02 03:04:05' WHERE "id" = ?`, session.userId);
    await db.$executeRawUnsafe(`UPDATE "Session" SET "expires" = ? WHERE "id" = ?`, Date.UTC(2030, 0, 1), session.id);

    const record = await findSessionRecord(session.id);

    expect(record).toEqual(await throughPrisma(db, session.id));
    expect(record?.user.createdAt).toEqual(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(record?.expires).toEqual(new Date(Date.UTC(2030, 0, 1)));
  });

  it("returns null for an id that is not in the registry", async () => {
    expect(await findSessionRecord("no-such-session")).toBeNull();
  });

  it("returns lastSeenAt exactly as stored, so the DAL's conditional lastSeen write matches the row", async () => {
    const session = await createSession("last-seen@example.test", ["user"]);
    const record = await findSessionRecord(session.id);

    const written = await db.session.updateMany({
      where: { id: session.id, lastSeenAt: record!.lastSeenAt },
      data: { lastSeenAt: new Date() },
    });

    expect(written.count).toBe(1);
  });
});
