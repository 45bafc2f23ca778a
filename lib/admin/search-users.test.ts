import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { searchUsersCases } from "./search-users.cases";

searchUsersCases("SQLite (FTS5 trigram index)", async () => {
  const url = `file:${join(mkdtempSync(join(tmpdir(), "gatehouse-search-")), "test.db")}`;
  await applyMigrations({ url });
  return { client: createPrismaClient(url), dialect: "sqlite" };
});
