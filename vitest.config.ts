import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit next to their modules. Tests that need a real PostgreSQL are named
// *.postgres.test.ts and run through vitest.postgres.config.ts (see .ci/run).
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside a React server bundle; in unit tests every module is server code.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.postgres.test.ts", "node_modules/**"],
    environment: "node",
    testTimeout: 20_000,
    pool: "forks",
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/unit-results.json" }]] : ["default"],
  },
});
