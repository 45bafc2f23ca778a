// The one-statement session read is plain SQL: this runs it on a real PostgreSQL too (.ci/run
// starts one), against the same facts read through Prisma's nested select.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl) {
  throw new Error("TEST_POSTGRES_URL is not set: these tests need a real PostgreSQL server (.ci/run starts one).");
}
const databaseName = `gatehouse_test_${randomBytes(6).toString("hex")}`;

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let db: typeof import("@/lib/db/client").db;
let findSessionRecord: typeof import("./find-session-record").findSessionRecord;

beforeAll(async () => {
  await onServer(`CREATE DATABASE "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  process.env.DATABASE_URL = url.toString();
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: process.env.DATABASE_URL });
  db = (await import("@/lib/db/client")).db;
  ({ findSessionRecord } = await import("./find-session-record"));
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
});

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
      const viaPrisma = await db.session.findUnique({
        where: { id },
        select: {
          userId: true,
          expires: true,
          idleSeconds: true,
          lastSeenAt: true,
          revokedAt: true,
          user: {
            select: {
              id: true,
              email: true,
              name: true,
              emailVerified: true,
              isActive: true,
              sessionVersion: true,
              lastLoginAt: true,
              createdAt: true,
              roles: { select: { roleName: true }, orderBy: { roleName: "asc" } },
            },
          },
        },
      });
      expect(await findSessionRecord(id)).toEqual({
        ...viaPrisma,
        user: { ...viaPrisma!.user, roles: viaPrisma!.user.roles.map((role) => role.roleName) },
      });
    }
    expect((await findSessionRecord(session.id))?.user.roles).toEqual(["editor", "user"]);
    expect((await findSessionRecord(bareSession.id))?.user.roles).toEqual([]);
    expect(await findSessionRecord("no-such-session")).toBeNull();
  });
});
