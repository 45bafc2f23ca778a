import { afterAll } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { searchUsersCases } from "./search-users.cases";

const database = sqliteTestDatabase("search");
afterAll(() => database.drop());

searchUsersCases("SQLite (FTS5 trigram index)", async () => {
  await applyMigrations({ url: database.url });
  return { client: createPrismaClient(database.url), dialect: "sqlite" };
});
