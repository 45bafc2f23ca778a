// Runs first in `npm test`: makes sure Chromium and redis-server are there, fetching them where
// it can (apt as root on Debian, else Playwright's own Chromium), and otherwise stops at once with
// the one command to run. Never skips the tests that need them.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { systemChromium } from "@/e2e/support/system-chromium";
import { personCommand, planPrerequisites, type MachineFacts } from "./lib/test-prerequisites";

const onPath = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`test prerequisites: ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

function facts(): MachineFacts {
  const apt = onPath("apt-get");
  return {
    systemChromium: systemChromium() !== undefined,
    playwrightChromium: existsSync(chromium.executablePath()),
    redisServer: onPath("redis-server"),
    rootWithApt: apt && process.getuid?.() === 0,
    apt,
    platform: process.platform,
  };
}

function main(): number {
  const machine = facts();
  const plan = planPrerequisites(machine);
  const stop = (command: string) => {
    console.error(`npm test needs Chromium and redis-server. Run this once, then npm test again:\n\n  ${command}\n`);
    return 1;
  };
  if (plan.stop) return stop(plan.stop);
  if (plan.aptPackages.length > 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const installed = run("apt-get", ["update", "-qq"], env) && run("apt-get", ["install", "-y", "-qq", ...plan.aptPackages], env);
    if (!installed) return stop(personCommand(machine, plan.aptPackages));
  }
  if (plan.playwrightChromium && !run("npx", ["playwright", "install", "chromium"])) {
    return stop(personCommand(machine, ["chromium"]));
  }
  return 0;
}

process.exit(main());
