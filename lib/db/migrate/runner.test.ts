import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrationsDirFor } from "./paths";
import { applyMigrations } from "./runner";

let work: string;
let migrationsDir: string;
let dbFile: string;
let url: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "gatehouse-runner-"));
  migrationsDir = join(work, "migrations");
  dbFile = join(work, "db", "test.db");
  url = `file:${dbFile}`;
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function writeMigration(name: string, sql: string): void {
  mkdirSync(join(migrationsDir, name), { recursive: true });
  writeFileSync(join(migrationsDir, name, "migration.sql"), sql);
}

/** Runs a read against the test database on a fresh connection (foreign keys on, as the app has them). */
function query<T>(sql: string): T[] {
  const db = new Database(dbFile);
  try {
    db.pragma("foreign_keys = ON");
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function tableExists(name: string): boolean {
  return query(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${name}'`).length === 1;
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number;
}

const PARENT_AND_CHILD = `CREATE TABLE "Parent" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);
CREATE TABLE "Child" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "parentId" TEXT NOT NULL,
    CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
`;

const FAMILY_ROWS = `INSERT INTO "Parent" ("id", "name") VALUES ('p1', 'Ada');
INSERT INTO "Child" ("id", "parentId") VALUES ('c1', 'p1'), ('c2', 'p1');
`;

// What `prisma migrate dev` writes when a column is added in a way SQLite cannot ALTER.
const REDEFINE_PARENT = `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Parent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";
DROP TABLE "Parent";
ALTER TABLE "new_Parent" RENAME TO "Parent";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`;

describe("applyMigrations on SQLite", () => {
  it("applies migrations in name order, records them as Prisma does, and then has nothing to do", async () => {
    // Written newest first: the order on disk must not matter.
    writeMigration("20240102000000_add_tag", `ALTER TABLE "Note" ADD COLUMN "tag" TEXT;\n`);
    writeMigration("20240101000000_create_note", `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT);\n`);

    const first = await applyMigrations({ url, migrationsDir });
    const second = await applyMigrations({ url, migrationsDir });

    expect(first).toEqual(["20240101000000_create_note", "20240102000000_add_tag"]);
    expect(second).toEqual([]);
    const rows = query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      migration_name: "20240101000000_create_note",
      checksum: createHash("sha256").update(`CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT);\n`).digest("hex"),
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(query<{ journal_mode: string }>("PRAGMA journal_mode")[0]!.journal_mode).toBe("wal");
  });

  it("refuses to run when an applied migration was edited, and applies nothing", async () => {
    writeMigration("20240101000000_create_note", `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY);\n`);
    await applyMigrations({ url, migrationsDir });
    writeMigration("20240101000000_create_note", `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT);\n`);
    writeMigration("20240102000000_create_tag", `CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY);\n`);

    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(
      /20240101000000_create_note was modified after it was applied/,
    );
    expect(tableExists("Tag")).toBe(false);
  });

  it("refuses to run while a migration is recorded as failed", async () => {
    writeMigration("20240101000000_create_note", `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY);\n`);
    await applyMigrations({ url, migrationsDir });
    const db = new Database(dbFile);
    db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('x', 'y', '20240102000000_broken', '2024-01-02')`,
    ).run();
    db.close();

    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(
      /20240102000000_broken failed in an earlier run.*prisma migrate resolve/s,
    );
  });

  it("leaves nothing of a migration that fails halfway", async () => {
    writeMigration("20240101000000_half", `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "Nowhere" VALUES (1);\n`);

    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(/20240101000000_half failed.*no such table: Nowhere/);
    expect(tableExists("Note")).toBe(false);
    expect(query(`SELECT * FROM "_prisma_migrations"`)).toEqual([]);
  });

  it("keeps the cascading children when a migration redefines their parent table", async () => {
    writeMigration("20240101000000_family", PARENT_AND_CHILD);
    writeMigration("20240102000000_family_rows", FAMILY_ROWS);
    writeMigration("20240103000000_parent_rank", REDEFINE_PARENT);

    await applyMigrations({ url, migrationsDir });

    expect(query(`SELECT "id" FROM "Child" ORDER BY "id"`)).toEqual([{ id: "c1" }, { id: "c2" }]);
    expect(query(`SELECT "id", "rank" FROM "Parent"`)).toEqual([{ id: "p1", rank: 0 }]);
    // The children still point at the redefined table: deleting the parent cascades again.
    const db = new Database(dbFile);
    db.pragma("foreign_keys = ON");
    db.prepare(`DELETE FROM "Parent" WHERE "id" = 'p1'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Child"`).get()).toEqual({ n: 0 });
    db.close();
  });

  it("(control) the same redefinition inside a plain transaction with foreign keys on loses the children", () => {
    const db = new Database(":memory:");
    db.exec(PARENT_AND_CHILD + FAMILY_ROWS);
    db.pragma("foreign_keys = ON");
    db.transaction(() => db.exec(REDEFINE_PARENT))();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Child"`).get()).toEqual({ n: 0 });
    db.close();
  });

  it("rolls back a migration that leaves rows with a broken foreign key", async () => {
    writeMigration("20240101000000_family", PARENT_AND_CHILD);
    writeMigration("20240102000000_orphan", `INSERT INTO "Child" ("id", "parentId") VALUES ('c9', 'nobody');\n`);

    await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(
      /20240102000000_orphan would leave 1 row\(s\) with a broken foreign key \(first: Child rowid \d+ → Parent\)/,
    );
    expect(query(`SELECT * FROM "Child"`)).toEqual([]);
    expect(query<MigrationRow>(`SELECT migration_name FROM "_prisma_migrations"`)).toEqual([
      { migration_name: "20240101000000_family" },
    ]);
  });

  it("applies each migration once when two processes start at the same time", async () => {
    // Slow (a second or more) so that the second process reads the history while the first is
    // still inside this migration, and must wait for its lock and then find it applied.
    writeMigration(
      "20240101000000_big",
      `CREATE TABLE "Big" ("n" INTEGER NOT NULL);\n` +
        `WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000000) INSERT INTO "Big" SELECT n FROM c;\n`,
    );
    writeMigration("20240102000000_small", `CREATE TABLE "Small" ("n" INTEGER NOT NULL);\n`);
    const script = join(work, "migrate.mts");
    writeFileSync(
      script,
      `import { applyMigrations } from ${JSON.stringify(join(process.cwd(), "lib/db/migrate/runner.ts"))};\n` +
        `console.log(JSON.stringify(await applyMigrations({ url: process.argv[2], migrationsDir: process.argv[3] })));\n`,
    );
    const run = () =>
      promisify(execFile)(join(process.cwd(), "node_modules/.bin/tsx"), [script, url, migrationsDir], { timeout: 30_000 });

    const results = await Promise.all([run(), run()]);

    const appliedByEach = results.map(({ stdout }) => JSON.parse(stdout) as string[]);
    expect(appliedByEach.flat().sort()).toEqual(["20240101000000_big", "20240102000000_small"]);
    expect(query(`SELECT COUNT(*) AS n FROM "Big"`)).toEqual([{ n: 3000000 }]);
    expect(query(`SELECT migration_name FROM "_prisma_migrations"`)).toHaveLength(2);
  });

  it("builds a fresh database from the committed migrations, roles included", async () => {
    const committed = readdirSync(migrationsDirFor("sqlite"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

    const applied = await applyMigrations({ url });

    expect(applied).toEqual(committed);
    expect(query(`SELECT "name", "description" FROM "Role" ORDER BY "name"`)).toEqual([
      { name: "admin", description: "Manages users, roles and the security log" },
      { name: "editor", description: "Works in the editor area" },
      { name: "user", description: "Signed-in person: own account and dashboard" },
    ]);

    const db = createPrismaClient(url);
    try {
      await db.user.create({ data: { email: "ada@example.com", roles: { create: { roleName: "editor" } } } });
      const user = await db.user.findUnique({ where: { email: "ada@example.com" }, include: { roles: true } });
      expect(user?.roles.map((role) => role.roleName)).toEqual(["editor"]);
    } finally {
      await db.$disconnect();
    }
  });
});
