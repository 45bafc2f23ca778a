import { defineConfig } from "vitest/config";
import { reporters, resolve } from "./vitest.shared";

// The production topology (e2e/topology): two `next start` instances of one build sharing a real
// PostgreSQL and a real redis-server, and their faults. `npm run test:topology`; .ci/run runs it.
export default defineConfig({
  resolve,
  test: {
    include: ["e2e/topology/**/*.test.ts"],
    environment: "node",
    globalSetup: ["e2e/topology/support/build-once.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
    reporters: reporters("topology-results"),
  },
});
