// The token lifecycle on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite,
// the concurrent refreshes included (there they race on separate pooled connections).
import { afterAll } from "vitest";
import { testDatabase } from "@/test-support/postgres-test-database";
import { openTestDatabase } from "@/test-support/open-test-database";
import { importTokenTarget, tokenLifecycleCases, tokenTestEnvironment, type TokenTarget } from "./token-lifecycle.cases";

const database = testDatabase();
tokenTestEnvironment(database.url);
let target: TokenTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  await database.drop();
});

tokenLifecycleCases("PostgreSQL", async () => {
  await openTestDatabase(database);
  target = await importTokenTarget();
  return target;
});
