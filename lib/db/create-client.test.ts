import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-client";

const dir = mkdtempSync(join(tmpdir(), "gatehouse-client-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("createPrismaClient on SQLite", () => {
  it("commits durably: synchronous=FULL on its connection, inside transactions too", async () => {
    // A file already in WAL mode, as lib/db/migrate leaves it: a connection that opens one gets
    // better-sqlite3's compiled default for WAL (NORMAL) unless it asks for more.
    const file = join(dir, "durable.db");
    const setup = new Database(file);
    setup.pragma("journal_mode = WAL");
    setup.close();
    const db = createPrismaClient(`file:${file}`);
    try {
      expect(await db.$queryRawUnsafe("PRAGMA synchronous")).toEqual([{ synchronous: 2n }]);
      expect(await db.$transaction((tx) => tx.$queryRawUnsafe("PRAGMA synchronous"))).toEqual([{ synchronous: 2n }]);
    } finally {
      await db.$disconnect();
    }
  });
});
