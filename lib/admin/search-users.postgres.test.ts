import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { searchUsersCases } from "./search-users.cases";

const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl) {
  throw new Error("TEST_POSTGRES_URL is not set: these tests need a real PostgreSQL server (.ci/run starts one).");
}

const name = `gatehouse_test_${randomBytes(6).toString("hex")}`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
const client = createPrismaClient(url);

async function onServer(sql: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

afterAll(async () => {
  await client.$disconnect();
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

searchUsersCases("PostgreSQL (pg_trgm GIN indexes)", async () => {
  await onServer(`CREATE DATABASE "${name}"`);
  await applyMigrations({ url });
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
