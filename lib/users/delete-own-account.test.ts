// Deleting one's own account against a real SQLite database and a real SMTP server: the typed
// email guards it, the last active admin cannot leave, everything signed in ends, the audit
// event outlives the row, posts stay authorless, and the address gets a goodbye.
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { startSmtpSink } from "@/test-support/smtp-sink";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const db = await openTestDatabase(sqliteTestDatabase("delete-own-account"));
const { deleteOwnAccount } = await import("./delete-own-account");
const context = { ip: "203.0.113.9", userAgent: "vitest" };

afterAll(() => sink.close());

let counter = 0;
async function accountWith(roles: string[]) {
  counter += 1;
  const email = `leaver-${counter}@example.com`;
  const user = await db.user.create({
    data: { email, name: "Lee Leaver", emailVerified: new Date(), roles: { create: roles.map((roleName) => ({ roleName })) } },
    select: { id: true, email: true },
  });
  const hour = new Date(Date.now() + 3_600_000);
  await db.session.create({ data: { sessionToken: `leaver-${counter}-a`, userId: user.id, expires: hour, idleSeconds: 7200 } });
  await db.session.create({ data: { sessionToken: `leaver-${counter}-b`, userId: user.id, expires: hour, idleSeconds: 7200 } });
  await db.tokenFamily.create({ data: { userId: user.id, expiresAt: hour, idleSeconds: 3600 } });
  await db.post.create({ data: { title: "Stays", body: "Body", status: "published", authorId: user.id, publishedAt: new Date() } });
  return user;
}

describe("deleteOwnAccount", () => {
  it("refuses unless the account's email is typed, and changes nothing", async () => {
    const user = await accountWith(["user"]);
    expect(await deleteOwnAccount({ userId: user.id, confirmEmail: "someone-else@example.com", context })).toEqual({ status: "confirmation" });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
  });

  it("deletes the account, counts what it signed out, keeps the audit event and the posts, and says goodbye", async () => {
    const user = await accountWith(["user", "editor"]);
    const result = await deleteOwnAccount({ userId: user.id, confirmEmail: ` ${user.email.toUpperCase()} `, context });

    expect(result).toEqual({ status: "deleted", email: user.email, endedSessions: 2, endedTokenFamilies: 1 });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "user.deleted", subjectId: user.id } });
    expect(event.actorId).toBe(user.id);
    expect(JSON.parse(event.details ?? "{}")).toMatchObject({ email: user.email, by: "self", endedSessions: 2, endedTokenFamilies: 1 });
    expect(await db.post.findFirstOrThrow({ where: { title: "Stays", authorId: null } })).toBeTruthy();
    const goodbye = await sink.waitFor(user.email, { subject: /^Your Gatehouse account was deleted$/ });
    expect(goodbye.text).toContain("Hi Lee Leaver,");
  });

  it("refuses the last active admin, and lets an admin go once another remains", async () => {
    await db.userRole.deleteMany({ where: { roleName: "admin" } });
    const admin = await accountWith(["user", "admin"]);
    expect(await deleteOwnAccount({ userId: admin.id, confirmEmail: admin.email, context })).toEqual({ status: "refused", reason: "last-admin" });
    expect(await db.session.count({ where: { userId: admin.id, revokedAt: null } })).toBe(2);

    await accountWith(["user", "admin"]);
    expect(await deleteOwnAccount({ userId: admin.id, confirmEmail: admin.email, context })).toMatchObject({ status: "deleted" });
    await sink.waitFor(admin.email, { subject: /^Your Gatehouse account was deleted$/ });
  });
});
