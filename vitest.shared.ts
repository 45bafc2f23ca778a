import { fileURLToPath } from "node:url";
import type { ViteUserConfig } from "vitest/config";

type Reporters = NonNullable<NonNullable<ViteUserConfig["test"]>["reporters"]>;

export const resolve: ViteUserConfig["resolve"] = {
  alias: {
    "@": fileURLToPath(new URL(".", import.meta.url)),
    // `server-only` throws outside a React server bundle; in unit tests every module is server code.
    "server-only": fileURLToPath(new URL("./test-support/server-only-stub.ts", import.meta.url)),
  },
};

/** Console output always; in CI also a JSON report that .ci/count-results.mjs sums up. */
export function reporters(reportName: string): Reporters {
  return process.env.CI ? ["default", ["json", { outputFile: `reports/${reportName}.json` }]] : ["default"];
}

/** Unit tests never reach the real Pwned Passwords service; breached-password.test.ts runs a stand-in. */
export const env: Record<string, string> = { PASSWORD_BREACH_CHECK: "false" };
