// Points the app's database client at a test database (SQLite or PostgreSQL), creates and
// migrates it, and hands back the client. Call it before importing anything that reads the client.
import type { Db } from "@/lib/db/client";
import type { TestDatabase } from "./postgres-test-database";

export async function openTestDatabase(database: TestDatabase): Promise<Db> {
  process.env.DATABASE_URL = database.url;
  await database.create();
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: database.url });
  return (await import("@/lib/db/client")).db;
}
