// What `npm test` needs besides node_modules, and how to get it on this machine: Chromium for the
// browser tests and redis-server for the rate-limit tests. Pure: the facts come in, a plan
// comes out (scripts/test-prerequisites.ts gathers the facts and carries the plan out).

export type MachineFacts = {
  /** Debian's chromium (or chromium-browser) at the path playwright.config.ts looks for. */
  systemChromium: boolean;
  /** Playwright's own Chromium, already downloaded. */
  playwrightChromium: boolean;
  redisServer: boolean;
  /** Running as root on a system with apt-get. */
  rootWithApt: boolean;
  /** apt-get exists (root or not): the hint for a person can name it. */
  apt: boolean;
  platform: NodeJS.Platform;
};

export type PrerequisitePlan = {
  /** Debian packages to install with apt-get (root only). */
  aptPackages: string[];
  /** Download Playwright's Chromium (`npx playwright install chromium`). */
  playwrightChromium: boolean;
  /** What nothing here can fetch: stop at once and say this. */
  stop: string | null;
};

export function planPrerequisites(facts: MachineFacts): PrerequisitePlan {
  const needChromium = !facts.systemChromium && !facts.playwrightChromium;
  const plan: PrerequisitePlan = { aptPackages: [], playwrightChromium: false, stop: null };
  if (facts.rootWithApt) {
    if (needChromium) plan.aptPackages.push("chromium");
    if (!facts.redisServer) plan.aptPackages.push("redis-server");
    return plan;
  }
  plan.playwrightChromium = needChromium;
  if (!facts.redisServer) plan.stop = personCommand(facts, needChromium ? ["chromium", "redis-server"] : ["redis-server"]);
  return plan;
}

/** The one command a person runs when this script cannot fetch what is missing itself. */
export function personCommand(facts: Pick<MachineFacts, "apt" | "rootWithApt" | "platform">, missing: string[]): string {
  if (facts.apt) return `${facts.rootWithApt ? "" : "sudo "}apt-get install -y ${missing.join(" ")}`;
  if (missing.length === 1 && missing[0] === "chromium") return "npx playwright install chromium";
  if (facts.platform === "darwin") return missing.includes("chromium") ? "brew install redis && npx playwright install chromium" : "brew install redis";
  return `install ${missing.join(" and ")} with your package manager`;
}
