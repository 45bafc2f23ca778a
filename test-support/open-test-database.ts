// Points the app's database client at a test database (SQLite or PostgreSQL), creates and
// migrates it, and hands back the client; when the file's tests are done it disconnects and
// drops it. Await it at the top of a test file, before importing anything that reads the client.
import { afterAll } from "vitest";
import type { Db } from "@/lib/db/client";
import type { TestDatabase } from "./postgres-test-database";

export async function openTestDatabase(database: TestDatabase): Promise<Db> {
  process.env.DATABASE_URL = database.url;
  await database.create();
  afterAll(() => database.drop());
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: database.url });
  const { db } = await import("@/lib/db/client");
  afterAll(() => db.$disconnect());
  return db;
}
