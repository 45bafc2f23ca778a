// The last-seen write the data access layer makes: at most once a minute, and once for
// concurrent requests that read the same value.
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

const db = await openTestDatabase(sqliteTestDatabase("touch-last-seen"));
const { touchLastSeen } = await import("./touch-last-seen");

async function sessionSeenAt(lastSeenAt: Date) {
  const user = await db.user.create({ data: { email: `seen-${lastSeenAt.getTime()}@example.com` } });
  return db.session.create({
    data: { sessionToken: `seen-${lastSeenAt.getTime()}`, userId: user.id, expires: new Date(lastSeenAt.getTime() + 86_400_000), idleSeconds: 7200, lastSeenAt },
    select: { id: true, lastSeenAt: true },
  });
}

const seenAt = async (id: string) => (await db.session.findUniqueOrThrow({ where: { id }, select: { lastSeenAt: true } })).lastSeenAt;

describe("touchLastSeen", () => {
  it("leaves a session seen less than a minute ago alone", async () => {
    const session = await sessionSeenAt(new Date("2026-12-01T10:00:00Z"));
    const now = new Date("2026-12-01T10:00:59Z");
    expect(await touchLastSeen({ sessionId: session.id, lastSeenAt: session.lastSeenAt, now })).toBe(false);
    expect(await seenAt(session.id)).toEqual(session.lastSeenAt);
  });

  it("moves it to now once a minute has passed, and only the first of two requests that read the same value writes", async () => {
    const session = await sessionSeenAt(new Date("2026-12-01T11:00:00Z"));
    const now = new Date("2026-12-01T11:01:00Z");
    expect(await touchLastSeen({ sessionId: session.id, lastSeenAt: session.lastSeenAt, now })).toBe(true);
    expect(await touchLastSeen({ sessionId: session.id, lastSeenAt: session.lastSeenAt, now: new Date("2026-12-01T11:01:30Z") })).toBe(false);
    expect(await seenAt(session.id)).toEqual(now);
  });
});
