// An admin deletes an account against a real SQLite database: the typed email guards it, and
// everything the account was signed in with ends through endSignIns before the row goes, with
// the counts in the audit event and in the result the admin's message is made from.
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

const db = await openTestDatabase(sqliteTestDatabase("admin-delete-user"));
const { deleteUser } = await import("./delete-user");
const { readOwnDeletion } = await import("./read-own-deletion");
const context = { ip: "203.0.113.7", userAgent: "vitest" };

const admin = await db.user.create({ data: { email: "admin@delete.test", roles: { create: [{ roleName: "user" }, { roleName: "admin" }] } } });

async function signedInAccount(email: string) {
  const user = await db.user.create({ data: { email, roles: { create: [{ roleName: "user" }] } }, select: { id: true, email: true } });
  const hour = new Date(Date.now() + 3_600_000);
  await db.session.create({ data: { sessionToken: `${email}-a`, userId: user.id, expires: hour, idleSeconds: 7200 } });
  await db.session.create({ data: { sessionToken: `${email}-b`, userId: user.id, expires: hour, idleSeconds: 7200 } });
  await db.tokenFamily.create({ data: { userId: user.id, expiresAt: hour, idleSeconds: 3600 } });
  return user;
}

describe("deleteUser (admin)", () => {
  it("refuses unless the account's email is typed, and ends nothing", async () => {
    const user = await signedInAccount("kept@delete.test");
    expect(await deleteUser({ actorId: admin.id, targetId: user.id, confirmEmail: "other@delete.test", context })).toEqual({ ok: false, reason: "confirmation" });
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
    expect(await db.tokenFamily.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it("ends every sign-in first, records why and how many, then deletes the row", async () => {
    const user = await signedInAccount("gone@delete.test");
    const result = await deleteUser({ actorId: admin.id, targetId: user.id, confirmEmail: " GONE@delete.test ", context });

    expect(result).toEqual({ ok: true, email: user.email, ended: { sessions: 2, emailLinks: 0, tokenFamilies: 1 }, eventId: expect.any(String) });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "user.deleted", subjectId: user.id } });
    expect(event.actorId).toBe(admin.id);
    expect(JSON.parse(event.details ?? "{}")).toEqual({ email: user.email, by: "admin", endedSessions: 2, endedTokenFamilies: 1 });
  });

  it("the admin's next page reads what happened from the event, and nobody else's event reads as anything", async () => {
    const user = await signedInAccount("read-back@delete.test");
    const result = await deleteUser({ actorId: admin.id, targetId: user.id, confirmEmail: user.email, context });
    if (!result.ok) throw new Error(`not deleted: ${result.reason}`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { type: "user.deleted", subjectId: user.id } });
    expect(result.eventId).toBe(event.id);
    expect(await readOwnDeletion({ eventId: result.eventId, actorId: admin.id })).toEqual({ email: user.email, ended: { sessions: 2, tokenFamilies: 1 } });

    const otherAdmin = await db.user.create({ data: { email: "other-admin@delete.test" } });
    const otherEvent = await db.auditEvent.create({ data: { type: "role.added", actorId: admin.id, subjectId: otherAdmin.id, details: JSON.stringify({ email: "x@delete.test" }) } });
    expect(await readOwnDeletion({ eventId: result.eventId, actorId: otherAdmin.id })).toBeNull();
    expect(await readOwnDeletion({ eventId: otherEvent.id, actorId: admin.id })).toBeNull();
    expect(await readOwnDeletion({ eventId: "no-such-event", actorId: admin.id })).toBeNull();
    expect(await readOwnDeletion({ eventId: "../../etc/passwd", actorId: admin.id })).toBeNull();
    expect(await readOwnDeletion({ eventId: undefined, actorId: admin.id })).toBeNull();
  });
});
