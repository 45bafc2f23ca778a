import { defineConfig } from "vitest/config";
import { env, reporters, resolve } from "./vitest.shared";

// Database tests against a real PostgreSQL named by TEST_POSTGRES_URL (.ci/run starts one).
export default defineConfig({
  resolve,
  test: {
    include: ["lib/**/*.postgres.test.ts", "scripts/**/*.postgres.test.ts"],
    exclude: ["node_modules/**"],
    environment: "node",
    env,
    testTimeout: 30_000,
    pool: "forks",
    fileParallelism: false,
    reporters: reporters("postgres-results"),
  },
});
