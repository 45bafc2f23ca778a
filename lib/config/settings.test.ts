import { describe, expect, it } from "vitest";
import { missingProductionSecrets, readSettings } from "./settings";

describe("settings", () => {
  it("defaults to bcrypt cost 12, 12-character passwords and the documented session lifetimes", () => {
    const settings = readSettings({ NODE_ENV: "development" });
    expect(settings.bcryptCost).toBe(12);
    expect(settings.passwordMinLength).toBe(12);
    expect(settings.session).toEqual({
      maxAgeSeconds: 12 * 3600,
      idleSeconds: 2 * 3600,
      rememberMaxAgeSeconds: 30 * 86400,
      rememberIdleSeconds: 7 * 86400,
      roleRefreshSeconds: 60,
    });
  });

  it("never accepts a bcrypt cost below 10", () => {
    expect(() => readSettings({ NODE_ENV: "test", BCRYPT_COST: "9" })).toThrow(/BCRYPT_COST must be a whole number from 10 to 15/);
    expect(readSettings({ NODE_ENV: "test", BCRYPT_COST: "10" }).bcryptCost).toBe(10);
  });

  it("parses durations and names the variable on error", () => {
    expect(readSettings({ NODE_ENV: "test", SESSION_IDLE_TIMEOUT: "30m" }).session.idleSeconds).toBe(1800);
    expect(() => readSettings({ NODE_ENV: "test", SESSION_MAX_AGE: "soon" })).toThrow(/SESSION_MAX_AGE/);
  });

  it("names every missing production secret", () => {
    expect(missingProductionSecrets({ NODE_ENV: "production" }).map((entry) => entry.split(" ")[0])).toEqual(["AUTH_SECRET", "AUTH_URL"]);
    expect(missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: "short", AUTH_URL: "https://a.example" })).toHaveLength(1);
    expect(
      missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), AUTH_URL: "https://a.example" }),
    ).toEqual([]);
  });
});
