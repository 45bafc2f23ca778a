// A database of its own for each *.postgres.test.ts file, on the real PostgreSQL server that
// TEST_POSTGRES_URL names (.ci/run starts one).
import { randomBytes } from "node:crypto";
import { Client } from "pg";

export type TestDatabase = {
  name: string;
  /** The server's URL with this database's name: usable before create() has run. */
  url: string;
  create(): Promise<void>;
  /** Drops it even while connections are still open. */
  drop(): Promise<void>;
};

export function testPostgresServerUrl(): string {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) {
    throw new Error("TEST_POSTGRES_URL is not set: these tests need a real PostgreSQL server (.ci/run starts one).");
  }
  return serverUrl;
}

export function testDatabase(): TestDatabase {
  const serverUrl = testPostgresServerUrl();
  const name = `gatehouse_test_${randomBytes(6).toString("hex")}`;
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const onServer = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name,
    url,
    create: () => onServer(`CREATE DATABASE "${name}"`),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
