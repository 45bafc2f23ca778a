// postinstall: generate the Prisma client for both dialects (offline-safe, see prisma/offline-engine.mjs).
import { spawnSync } from "node:child_process";
import "../prisma/offline-engine.mjs";

for (const dialect of ["sqlite", "postgres"]) {
  const result = spawnSync(
    "npx",
    ["--no-install", "prisma", "generate", "--schema", `prisma/${dialect}/schema.prisma`],
    { stdio: "inherit", env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
