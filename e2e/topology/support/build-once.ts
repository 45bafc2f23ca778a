// Vitest global setup: the topology runs the production build in .next. When the e2e suite (or
// anyone) already built this tree, that build is used; a build older than any source file is
// rebuilt, so the suite never tests yesterday's code.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const BUILD_ID = `${ROOT}.next/BUILD_ID`;
// What goes into the build.
const SOURCES = ["app", "components", "lib", "middleware.ts", "instrumentation.ts", "next.config.mjs", "package-lock.json", "prisma", "postcss.config.mjs", "tsconfig.json"];

// The file system, not git: CI may run from an export without .git.
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(`${path}/${entry}`)));
}

function newestSourceChange(): number {
  return Math.max(...SOURCES.map((source) => `${ROOT}${source}`).filter(existsSync).map(newestChange));
}

export default function setup(): void {
  if (existsSync(BUILD_ID) && statSync(BUILD_ID).mtimeMs >= newestSourceChange()) {
    console.log("topology: using the existing build in .next");
    return;
  }
  console.log("topology: building (no build of this tree in .next)");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
