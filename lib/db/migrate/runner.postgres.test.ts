import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrationsDirFor } from "./paths";
import { testDatabase, type TestDatabase } from "@/test-support/postgres-test-database";
import { applyMigrations } from "./runner";

const created: TestDatabase[] = [];

/** A new, empty database on the test server, dropped after the run. */
async function freshDatabase(): Promise<string> {
  const database = testDatabase();
  await database.create();
  created.push(database);
  return database.url;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const database of created) await database.drop();
});

const committedDir = migrationsDirFor("postgres");
const committed = readdirSync(committedDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("applyMigrations on PostgreSQL", () => {
  it("builds a fresh database from the committed migrations, roles included, then has nothing to do", async () => {
    const url = await freshDatabase();

    const first = await applyMigrations({ url });
    const second = await applyMigrations({ url });

    expect(first).toEqual(committed);
    expect(second).toEqual([]);
    expect(await query(url, `SELECT "name", "description" FROM "Role" ORDER BY "name"`)).toEqual([
      { name: "admin", description: "Manages users, roles and the security log" },
      { name: "editor", description: "Works in the editor area" },
      { name: "user", description: "Signed-in person: own account and dashboard" },
    ]);
    const rows = await query<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count
       FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      committed.map((name) => ({
        migration_name: name,
        checksum: createHash("sha256").update(readFileSync(join(committedDir, name, "migration.sql"))).digest("hex"),
        finished: true,
        applied_steps_count: 1,
      })),
    );
  });

  it("serves Prisma queries on the migrated database", async () => {
    const url = await freshDatabase();
    await applyMigrations({ url });
    const db = createPrismaClient(url);
    try {
      await db.user.create({ data: { email: "ada@example.com", name: "Ada", roles: { create: { roleName: "admin" } } } });

      const user = await db.user.findUnique({ where: { email: "ada@example.com" }, include: { roles: true } });

      expect(user).toMatchObject({ name: "Ada", isActive: true, sessionVersion: 1 });
      expect(user?.roles.map((role) => role.roleName)).toEqual(["admin"]);
    } finally {
      await db.$disconnect();
    }
  });

  it("applies each migration once when two runners start at the same time", async () => {
    const url = await freshDatabase();

    const [a, b] = await Promise.all([applyMigrations({ url }), applyMigrations({ url })]);

    expect([...a, ...b].sort()).toEqual(committed);
    expect(await query(url, `SELECT migration_name FROM _prisma_migrations`)).toHaveLength(committed.length);
  });

  describe("with fixture migrations", () => {
    let fixtures: string;
    beforeAll(() => {
      fixtures = mkdtempSync(join(tmpdir(), "gatehouse-pg-runner-"));
    });
    afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

    function migrationsDirWith(files: Record<string, string>): string {
      const dir = join(fixtures, randomBytes(4).toString("hex"));
      for (const [name, sql] of Object.entries(files)) {
        mkdirSync(join(dir, name), { recursive: true });
        writeFileSync(join(dir, name, "migration.sql"), sql);
      }
      return dir;
    }

    it("leaves nothing of a migration that fails halfway", async () => {
      const url = await freshDatabase();
      const migrationsDir = migrationsDirWith({
        "20240101000000_half": `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "Nowhere" VALUES (1);\n`,
      });

      await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(
        /20240101000000_half failed.*relation "Nowhere" does not exist/,
      );
      expect(await query(url, `SELECT to_regclass('"Note"') AS note`)).toEqual([{ note: null }]);
      expect(await query(url, `SELECT * FROM _prisma_migrations`)).toEqual([]);
    });

    it("refuses to run when an applied migration was edited", async () => {
      const url = await freshDatabase();
      const migrationsDir = migrationsDirWith({ "20240101000000_note": `CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY);\n` });
      await applyMigrations({ url, migrationsDir });
      writeFileSync(join(migrationsDir, "20240101000000_note", "migration.sql"), `CREATE TABLE "Note" ("id" BIGINT PRIMARY KEY);\n`);

      await expect(applyMigrations({ url, migrationsDir })).rejects.toThrow(/20240101000000_note was modified after it was applied/);
    });
  });
});
