// Failed sign-ins from several instances at once are counted on a real PostgreSQL, where a
// read-then-write at READ COMMITTED would lose some of them (issue 16: lockout counts attempts
// on every instance together).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { testDatabase } from "@/test-support/postgres-test-database";

const database = testDatabase();

let db: typeof import("@/lib/db/client").db;
let recordSignInFailure: typeof import("./record-sign-in-failure").recordSignInFailure;

beforeAll(async () => {
  db = await openTestDatabase(database);
  ({ recordSignInFailure } = await import("./record-sign-in-failure"));
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("recordSignInFailure on PostgreSQL", () => {
  it("counts every one of 9 failures that arrive at the same moment", async () => {
    const user = await db.user.create({ data: { email: "pg-lockout@example.test" } });
    const context = { ip: "203.0.113.9", userAgent: "test" };
    await Promise.all(Array.from({ length: 9 }, () => recordSignInFailure({ userId: user.id, context, threshold: 10 })));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedSignInCount).toBe(9);
    expect(row.lockedUntil).toBeNull();
  });
});
