import { describe, expect, it } from "vitest";
import { planPrerequisites, type MachineFacts } from "./test-prerequisites";

const ready: MachineFacts = { systemChromium: true, playwrightChromium: false, redisServer: true, rootWithApt: false, apt: true, platform: "linux" };

describe("planPrerequisites", () => {
  it("does nothing on a machine that has everything", () => {
    expect(planPrerequisites(ready)).toEqual({ aptPackages: [], playwrightChromium: false, stop: null });
    expect(planPrerequisites({ ...ready, systemChromium: false, playwrightChromium: true })).toEqual({ aptPackages: [], playwrightChromium: false, stop: null });
  });

  it("installs what is missing with apt when it runs as root on Debian", () => {
    const fresh = { ...ready, systemChromium: false, redisServer: false, rootWithApt: true };
    expect(planPrerequisites(fresh)).toEqual({ aptPackages: ["chromium", "redis-server"], playwrightChromium: false, stop: null });
  });

  it("downloads Playwright's Chromium when it cannot use apt and no Chromium exists", () => {
    expect(planPrerequisites({ ...ready, systemChromium: false })).toEqual({ aptPackages: [], playwrightChromium: true, stop: null });
  });

  it("stops with the one command to run when redis-server is missing and it cannot install it", () => {
    expect(planPrerequisites({ ...ready, redisServer: false }).stop).toBe("sudo apt-get install -y redis-server");
    expect(planPrerequisites({ ...ready, redisServer: false, systemChromium: false }).stop).toBe("sudo apt-get install -y chromium redis-server");
    expect(planPrerequisites({ ...ready, redisServer: false, apt: false, platform: "darwin" }).stop).toBe("brew install redis");
  });
});
