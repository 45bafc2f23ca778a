// The token lifecycle on SQLite (the embedded default); the same cases run on PostgreSQL in
// token-lifecycle.postgres.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { importTokenTarget, tokenLifecycleCases, tokenTestEnvironment, type TokenTarget } from "./token-lifecycle.cases";

const folder = mkdtempSync(join(tmpdir(), "gatehouse-tokens-"));
tokenTestEnvironment(`file:${join(folder, "test.db")}`);
let target: TokenTarget | undefined;

afterAll(async () => {
  await target?.db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

tokenLifecycleCases("SQLite", async () => {
  const { applyMigrations } = await import("@/lib/db/migrate/runner");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  target = await importTokenTarget();
  return target;
});
