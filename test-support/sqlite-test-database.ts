// A database of its own for each SQLite test file: a file in a fresh temporary folder, the same
// shape as postgres-test-database.ts so a test can run on either.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestDatabase } from "./postgres-test-database";

export function sqliteTestDatabase(label: string): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), `gatehouse-${label}-`));
  const file = join(folder, "test.db");
  return {
    name: file,
    url: `file:${file}`,
    // The file appears on first connection.
    create: async () => {},
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}
