// Housekeeping on a real PostgreSQL (.ci/run starts one): the same cases as on SQLite.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll } from "vitest";
import { purgeCases, type PurgeTarget } from "./purge-stale-records.cases";

const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl) {
  throw new Error("TEST_POSTGRES_URL is not set: these tests need a real PostgreSQL server (.ci/run starts one).");
}
const databaseName = `gatehouse_test_${randomBytes(6).toString("hex")}`;
let target: PurgeTarget | undefined;

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await target?.db.$disconnect();
  await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
});

purgeCases("PostgreSQL", async () => {
  await onServer(`CREATE DATABASE "${databaseName}"`);
  process.env.DATABASE_URL = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: process.env.DATABASE_URL });
  target = { db: (await import("@/lib/db/client")).db, ...(await import("./purge-stale-records")) };
  return target;
});
