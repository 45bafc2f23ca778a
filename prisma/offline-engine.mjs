// Prisma 7's CLI insists on a native schema engine binary, which it downloads on first use.
// Offline that download fails, even for `prisma generate`, which never runs the engine.
// When no engine is installed and none is configured, point the CLI at a stub that answers
// with a readable error; online users who have the real engine keep it.
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function installedEngine() {
  try {
    const require = createRequire(import.meta.url);
    const enginesDir = dirname(require.resolve("@prisma/engines/package.json"));
    return readdirSync(enginesDir).some((file) => file.startsWith("schema-engine-"));
  } catch {
    return false;
  }
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !installedEngine()) {
  const stub = join(dirname(fileURLToPath(import.meta.url)), "schema-engine-stub.sh");
  if (existsSync(stub)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
