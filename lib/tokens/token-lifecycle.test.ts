// The token lifecycle on SQLite (the embedded default); the same cases run on PostgreSQL in
// token-lifecycle.postgres.test.ts.
import { afterAll } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { importTokenTarget, tokenLifecycleCases, tokenTestEnvironment, type TokenTarget } from "./token-lifecycle.cases";

const database = sqliteTestDatabase("tokens");
tokenTestEnvironment(database.url);
let target: TokenTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  await database.drop();
});

tokenLifecycleCases("SQLite", async () => {
  await openTestDatabase(database);
  target = await importTokenTarget();
  return target;
});
