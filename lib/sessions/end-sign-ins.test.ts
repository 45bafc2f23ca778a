// "End everything this user is signed in with", against a real SQLite database: what each
// option ends, what it leaves alone, and that nobody else's sign-ins move.
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

const db = await openTestDatabase(sqliteTestDatabase("end-sign-ins"));
const { endSignIns } = await import("./end-sign-ins");
const context = { ip: "203.0.113.7", userAgent: "vitest" };

let counter = 0;
/** A user with two live sessions, one already revoked, one open emailed link and one live token family. */
async function signedInUser() {
  counter += 1;
  const user = await db.user.create({ data: { email: `end-${counter}@example.com` }, select: { id: true, sessionVersion: true } });
  const hour = new Date(Date.now() + 3_600_000);
  const session = (label: string, revokedAt: Date | null = null) =>
    db.session.create({ data: { sessionToken: `end-${counter}-${label}`, userId: user.id, expires: hour, idleSeconds: 7200, revokedAt }, select: { id: true } });
  const [first, second] = [await session("first"), await session("second")];
  await session("old", new Date(Date.now() - 60_000));
  await db.emailToken.create({ data: { tokenHash: `end-${counter}-link`, userId: user.id, purpose: "reset_password", email: `end-${counter}@example.com`, expiresAt: hour } });
  await db.tokenFamily.create({ data: { userId: user.id, expiresAt: hour, idleSeconds: 3600 } });
  return { ...user, first: first.id, second: second.id };
}

async function state(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const live = await db.session.findMany({ where: { userId, revokedAt: null }, select: { id: true } });
  const openLinks = await db.emailToken.count({ where: { userId, usedAt: null, supersededAt: null } });
  const linkEvents = await db.auditEvent.findMany({ where: { subjectId: userId, type: "email_token.revoked" }, select: { details: true } });
  const liveFamilies = await db.tokenFamily.count({ where: { userId, revokedAt: null } });
  return { sessionVersion: user.sessionVersion, live: live.map((row) => row.id), openLinks, linkEvents: linkEvents.map((event) => JSON.parse(event.details ?? "{}")), liveFamilies };
}

describe("endSignIns", () => {
  it("ends every live session, moves the session version on and cancels emailed links, counting what it ended", async () => {
    const user = await signedInUser();
    const bystander = await signedInUser();
    const ended = await db.$transaction((tx) =>
      endSignIns(tx, { userId: user.id, actorId: null, reason: "deactivated", keepSessionId: null, bumpSessionVersion: true, cancelEmailLinks: true, at: new Date(), context }),
    );

    expect(ended).toEqual({ sessions: 2, emailLinks: 1, tokenFamilies: 1 });
    expect(await state(user.id)).toEqual({ sessionVersion: user.sessionVersion + 1, live: [], openLinks: 0, linkEvents: [{ reason: "deactivated", count: 1 }], liveFamilies: 0 });
    expect(await state(bystander.id)).toMatchObject({ sessionVersion: bystander.sessionVersion, live: expect.arrayContaining([bystander.first, bystander.second]), openLinks: 1, liveFamilies: 1 });
  });

  it("keeps the session asking and, when told, the version and the emailed links", async () => {
    const user = await signedInUser();
    const ended = await db.$transaction((tx) =>
      endSignIns(tx, { userId: user.id, actorId: user.id, reason: "sessions_revoked", keepSessionId: user.second, bumpSessionVersion: false, cancelEmailLinks: false, at: new Date(), context }),
    );

    // Token families end too: the kept browser session is never one of them.
    expect(ended).toEqual({ sessions: 1, emailLinks: 0, tokenFamilies: 1 });
    expect(await state(user.id)).toEqual({ sessionVersion: user.sessionVersion, live: [user.second], openLinks: 1, linkEvents: [], liveFamilies: 0 });
  });

  it("ends nothing twice: a second call finds nothing live", async () => {
    const user = await signedInUser();
    const options = { userId: user.id, actorId: user.id, reason: "signed_out_everywhere", keepSessionId: null, bumpSessionVersion: true, cancelEmailLinks: true, context } as const;
    await db.$transaction((tx) => endSignIns(tx, { ...options, at: new Date() }));
    const again = await db.$transaction((tx) => endSignIns(tx, { ...options, at: new Date() }));

    expect(again).toEqual({ sessions: 0, emailLinks: 0, tokenFamilies: 0 });
    expect((await state(user.id)).sessionVersion).toBe(user.sessionVersion + 2);
  });
});
