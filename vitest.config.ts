import { defineConfig } from "vitest/config";
import { env, reporters, resolve } from "./vitest.shared";

// Unit tests sit next to their modules. Tests that need a real PostgreSQL are named
// *.postgres.test.ts and run through vitest.postgres.config.ts (see .ci/run).
export default defineConfig({
  resolve,
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.postgres.test.ts", "node_modules/**"],
    environment: "node",
    env,
    testTimeout: 20_000,
    pool: "forks",
    reporters: reporters("unit-results"),
  },
});
