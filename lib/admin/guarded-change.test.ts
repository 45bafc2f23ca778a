// An admin change that meets a locked SQLite database (another process writing, as when several
// servers share one file) is run again on fresh facts instead of failing the request with a 500.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

const database = sqliteTestDatabase("guarded");
const file = database.name;
const db = await openTestDatabase(database);
const { setUserActive } = await import("./set-user-active");

/** Another process takes SQLite's write lock and keeps it for `ms`; resolves once it holds it. */
function holdWriteLock(ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, ${ms});
  `;
  const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return new Promise((resolve) => child.stdout.once("data", () => resolve({ released })));
}

describe("guarded admin changes", () => {
  it("wait out another process's write lock by trying again, and then succeed", async () => {
    const actor = await db.user.create({ data: { email: "admin@guarded.test", roles: { create: [{ roleName: "admin" }] } } });
    const target = await db.user.create({ data: { email: "target@guarded.test", roles: { create: [{ roleName: "user" }] } } });

    // Longer than one attempt waits for the lock (better-sqlite3's 5 s busy timeout).
    const lock = await holdWriteLock(6_500);
    const result = await setUserActive({ actorId: actor.id, targetId: target.id, active: false, context: { ip: null, userAgent: "vitest" } });
    await lock.released;

    expect(result).toEqual({ ok: true, ended: { sessions: 0, emailLinks: 0, tokenFamilies: 0 } });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).isActive).toBe(false);
  }, 30_000);
});
