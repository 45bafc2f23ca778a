// The one-statement session read is plain SQL: this runs it on a real PostgreSQL too (.ci/run
// starts one), against the same facts read through Prisma's nested select.
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { testDatabase } from "@/test-support/postgres-test-database";
import { throughPrisma } from "./find-session-record.cases";

const db = await openTestDatabase(testDatabase());
const { findSessionRecord } = await import("./find-session-record");

describe("findSessionRecord on PostgreSQL", () => {
  it("reads session, user and roles with the same types as Prisma, and null for an unknown id", async () => {
    const user = await db.user.create({
      data: { email: "pg-editor@example.test", lastLoginAt: new Date(), emailVerified: new Date(), roles: { create: [{ roleName: "user" }, { roleName: "editor" }] } },
    });
    const session = await db.session.create({
      data: { sessionToken: "pg-token", userId: user.id, expires: new Date(Date.now() + 3_600_000), idleSeconds: 7200, revokedAt: new Date() },
    });
    const bare = await db.user.create({ data: { email: "pg-bare@example.test", isActive: false } });
    const bareSession = await db.session.create({
      data: { sessionToken: "pg-bare-token", userId: bare.id, expires: new Date(Date.now() + 3_600_000), idleSeconds: 60 },
    });

    for (const id of [session.id, bareSession.id]) {
      expect(await findSessionRecord(id)).toEqual(await throughPrisma(db, id));
    }
    expect((await findSessionRecord(session.id))?.user.roles).toEqual(["editor", "user"]);
    expect((await findSessionRecord(bareSession.id))?.user.roles).toEqual([]);
    expect(await findSessionRecord("no-such-session")).toBeNull();
  });
});
