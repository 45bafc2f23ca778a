import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Database tests against a real PostgreSQL named by TEST_POSTGRES_URL (.ci/run starts one).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["lib/**/*.postgres.test.ts", "scripts/**/*.postgres.test.ts"],
      exclude: ["node_modules/**"],
      fileParallelism: false,
      reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/postgres-results.json" }]] : ["default"],
    },
  }),
);
