import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { testDatabase } from "@/test-support/postgres-test-database";
import { searchUsersCases } from "./search-users.cases";

const database = testDatabase();
const client = createPrismaClient(database.url);

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

searchUsersCases("PostgreSQL (pg_trgm GIN indexes)", async () => {
  await database.create();
  await applyMigrations({ url: database.url });
  return { client, dialect: "postgres" };
});

it("answers an any-part search from the trigram indexes, not a scan of User", async () => {
  // A table of a few dozen rows is cheaper to scan: rule that out to see which indexes fit.
  const plan = await client.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN SELECT count(*) FROM "User" u
      WHERE lower(u."email") LIKE lower(${"%rarename%"}) OR lower(u."name") LIKE lower(${"%rarename%"})`;
  });
  const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
  expect(text).toContain("User_email_trgm_idx");
  expect(text).toContain("User_name_trgm_idx");
});
