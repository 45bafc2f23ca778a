import { describe, expect, it } from "vitest";
import { newSigningKeyJwk } from "@/scripts/lib/signing-key.mjs";
import { missingProductionSecrets, readSettings } from "./settings";

const KEY = Buffer.alloc(32, 7).toString("base64");
const SIGNING_KEY = JSON.stringify(newSigningKeyJwk());

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

  it("checks new passwords against Pwned Passwords by default; the base URL can move, the check can be turned off", () => {
    expect(readSettings({ NODE_ENV: "test" }).passwordBreachCheck).toEqual({ apiUrl: "https://api.pwnedpasswords.com" });
    expect(readSettings({ NODE_ENV: "test", PASSWORD_BREACH_API_URL: "http://127.0.0.1:9999/" }).passwordBreachCheck).toEqual({ apiUrl: "http://127.0.0.1:9999" });
    expect(readSettings({ NODE_ENV: "test", PASSWORD_BREACH_CHECK: "false" }).passwordBreachCheck).toBeNull();
    expect(() => readSettings({ NODE_ENV: "test", PASSWORD_BREACH_CHECK: "off" })).toThrow(/PASSWORD_BREACH_CHECK must be "true" or "false"/);
    expect(() => readSettings({ NODE_ENV: "test", PASSWORD_BREACH_API_URL: "ftp://mirror" })).toThrow(/PASSWORD_BREACH_API_URL/);
  });

  it("parses durations and names the variable on error", () => {
    expect(readSettings({ NODE_ENV: "test", SESSION_IDLE_TIMEOUT: "30m" }).session.idleSeconds).toBe(1800);
    expect(() => readSettings({ NODE_ENV: "test", SESSION_MAX_AGE: "soon" })).toThrow(/SESSION_MAX_AGE/);
  });

  it("names every missing production secret", () => {
    expect(missingProductionSecrets({ NODE_ENV: "production" }).map((entry) => entry.split(" ")[0])).toEqual(["AUTH_SECRET", "FACTOR_ENCRYPTION_KEY", "AUTH_URL", "SMTP_URL", "AUTH_TOKEN_SIGNING_KEY"]);
    const smtp = { SMTP_URL: "smtps://u:p@smtp.example.com:465", AUTH_TOKEN_SIGNING_KEY: "{}", FACTOR_ENCRYPTION_KEY: KEY };
    expect(missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: "short", AUTH_URL: "https://a.example", ...smtp })).toHaveLength(1);
    expect(
      missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), AUTH_URL: "https://a.example", ...smtp }),
    ).toEqual([]);
    expect(
      missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), AUTH_URL: "http://localhost:3000", DEV_OUTBOX: "true", AUTH_TOKEN_SIGNING_KEY: "{}", FACTOR_ENCRYPTION_KEY: KEY }),
    ).toEqual([]);
    const short = { ...smtp, FACTOR_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") };
    expect(missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), AUTH_URL: "https://a.example", ...short })).toEqual([
      expect.stringMatching(/^FACTOR_ENCRYPTION_KEY /),
    ]);
  });

  // Issue 12, item 7: the outbox shows every live reset link to any admin.
  it("refuses DEV_OUTBOX=true in production unless AUTH_URL is a loopback address", () => {
    const base = { NODE_ENV: "production" as const, AUTH_SECRET: "x".repeat(32), DEV_OUTBOX: "true", AUTH_TOKEN_SIGNING_KEY: SIGNING_KEY, FACTOR_ENCRYPTION_KEY: KEY };
    for (const url of ["https://a.example", "https://accounts.example.com:8443", "http://localhost.evil.example"]) {
      expect(missingProductionSecrets({ ...base, AUTH_URL: url }).map((entry) => entry.split(" ")[0]), url).toContain("DEV_OUTBOX=true");
      expect(readSettings({ ...base, AUTH_URL: url }).mail.outboxEnabled, url).toBe(false);
    }
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3000", "https://127.8.9.10", "http://[::1]:3000", "https://localhost"]) {
      expect(missingProductionSecrets({ ...base, AUTH_URL: url }), url).toEqual([]);
      expect(readSettings({ ...base, AUTH_URL: url }).mail.outboxEnabled, url).toBe(true);
    }
    // In development the outbox is the default wherever the app runs.
    expect(readSettings({ NODE_ENV: "development", AUTH_URL: "https://dev.example" }).mail.outboxEnabled).toBe(true);
  });

  it("sends mail through SMTP_URL, else keeps it in the outbox, which production serves only on request", () => {
    const dev = readSettings({ NODE_ENV: "development" }).mail;
    expect(dev).toEqual({ smtpUrl: null, from: "Gatehouse <no-reply@localhost>", outboxEnabled: true });
    const prod = readSettings({ NODE_ENV: "production", AUTH_URL: "https://accounts.example.com", SMTP_URL: "smtp://127.0.0.1:2525" }).mail;
    expect(prod).toEqual({ smtpUrl: "smtp://127.0.0.1:2525", from: "Gatehouse <no-reply@accounts.example.com>", outboxEnabled: false });
    expect(readSettings({ NODE_ENV: "production", AUTH_URL: "http://localhost:3000", DEV_OUTBOX: "true" }).mail.outboxEnabled).toBe(true);
    expect(readSettings({ NODE_ENV: "development", DEV_OUTBOX: "false" }).mail.outboxEnabled).toBe(false);
    expect(() => readSettings({ NODE_ENV: "test", SMTP_URL: "https://user:hunter2@mail.example.com" })).toThrow(/SMTP_URL.*user:\*\*\*@/);
    expect(() => readSettings({ NODE_ENV: "test", DEV_OUTBOX: "yes" })).toThrow(/DEV_OUTBOX/);
    // TLS is turned off by one named opt-out only, never by nodemailer's own options in the URL.
    for (const url of ["smtp://mail.example.com:587?ignoreTLS=true", "smtp://mail.example.com?requireTLS=false", "smtps://mail.example.com?secure=false", "smtps://mail.example.com?tls.rejectUnauthorized=false"]) {
      expect(() => readSettings({ NODE_ENV: "test", SMTP_URL: url }), url).toThrow(/localRelay=plaintext/);
    }
    expect(readSettings({ NODE_ENV: "test", SMTP_URL: "smtp://127.0.0.1:25?localRelay=plaintext" }).mail.smtpUrl).toBe("smtp://127.0.0.1:25?localRelay=plaintext");
    expect(() => readSettings({ NODE_ENV: "test", MAIL_FROM: "a@b.c\r\nBcc: x@y.z" })).toThrow(/MAIL_FROM/);
  });

  it("honours the test clock file only where AUTH_URL is plain http (never a real deployment)", () => {
    expect(readSettings({ NODE_ENV: "production", AUTH_URL: "http://localhost:3164", GATEHOUSE_TEST_CLOCK_FILE: ".e2e/clock" }).testClockFile).toBe(".e2e/clock");
    expect(readSettings({ NODE_ENV: "production", AUTH_URL: "https://a.example", GATEHOUSE_TEST_CLOCK_FILE: ".e2e/clock" }).testClockFile).toBeNull();
  });

  it("reads the token API's lifetimes, grace window (at most 10 s) and CORS origins (exact origins only)", () => {
    expect(readSettings({ NODE_ENV: "test" }).tokens).toMatchObject({
      keys: null,
      accessTokenSeconds: 900,
      refreshMaxAgeSeconds: 30 * 86400,
      refreshIdleSeconds: 7 * 86400,
      refreshGraceSeconds: 5,
      corsOrigins: [],
    });
    expect(() => readSettings({ NODE_ENV: "test", REFRESH_TOKEN_GRACE: "11s" })).toThrow(/REFRESH_TOKEN_GRACE/);
    expect(readSettings({ NODE_ENV: "test", REFRESH_TOKEN_GRACE: "10s" }).tokens.refreshGraceSeconds).toBe(10);
    expect(readSettings({ NODE_ENV: "test", API_CORS_ORIGINS: "https://app.example.com, http://localhost:5173" }).tokens.corsOrigins).toEqual([
      "https://app.example.com",
      "http://localhost:5173",
    ]);
    expect(() => readSettings({ NODE_ENV: "test", API_CORS_ORIGINS: "*" })).toThrow(/API_CORS_ORIGINS/);
    expect(() => readSettings({ NODE_ENV: "test", API_CORS_ORIGINS: "https://*.example.com" })).toThrow(/API_CORS_ORIGINS/);
    expect(() => readSettings({ NODE_ENV: "test", API_CORS_ORIGINS: "https://app.example.com/path" })).toThrow(/API_CORS_ORIGINS/);
    expect(() => readSettings({ NODE_ENV: "test", AUTH_TOKEN_SIGNING_KEY: "{}" })).toThrow(/AUTH_TOKEN_SIGNING_KEY/);
  });

  it("refuses a plain-http AUTH_URL in production unless it is localhost", () => {
    const secret = "x".repeat(32);
    const missing = (url: string) =>
      missingProductionSecrets({ NODE_ENV: "production", AUTH_SECRET: secret, AUTH_URL: url, SMTP_URL: "smtp://127.0.0.1:25", AUTH_TOKEN_SIGNING_KEY: "{}", FACTOR_ENCRYPTION_KEY: KEY });
    expect(missing("http://accounts.example.com")).toEqual([expect.stringMatching(/^AUTH_URL over https/)]);
    expect(missing("http://localhost:3000")).toEqual([]);
    expect(missing("http://127.0.0.1:3000")).toEqual([]);
    expect(missing("https://accounts.example.com")).toEqual([]);
  });

  it("uses secure cookies exactly when AUTH_URL is https", () => {
    expect(readSettings({ NODE_ENV: "production", AUTH_URL: "https://a.example" }).secureCookies).toBe(true);
    expect(readSettings({ NODE_ENV: "production", AUTH_URL: "http://localhost:3000" }).secureCookies).toBe(false);
  });

  it("reads the rate-limit backend, client IP and lockout settings", () => {
    const defaults = readSettings({ NODE_ENV: "test" });
    expect(defaults.rateLimit).toEqual({ upstash: null, multiplier: 1 });
    expect(defaults.clientIp).toEqual({ trustedProxyHops: 0, header: null });
    expect(defaults.lockout.threshold).toBe(10);
    expect(() => readSettings({ NODE_ENV: "test", UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toThrow(/must be set together/);
    expect(readSettings({ NODE_ENV: "test", CLIENT_IP_HEADER: "CF-Connecting-IP" }).clientIp.header).toBe("cf-connecting-ip");
    expect(() => readSettings({ NODE_ENV: "test", TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("requires a second factor of admins and editors unless told otherwise; an empty list requires it of nobody", () => {
    expect(readSettings({ NODE_ENV: "test" }).secondFactor.requiredRoles).toEqual(["admin", "editor"]);
    expect(readSettings({ NODE_ENV: "test", SECOND_FACTOR_REQUIRED_ROLES: "" }).secondFactor.requiredRoles).toEqual([]);
    expect(readSettings({ NODE_ENV: "test", SECOND_FACTOR_REQUIRED_ROLES: " Admin , admin," }).secondFactor.requiredRoles).toEqual(["admin"]);
    expect(() => readSettings({ NODE_ENV: "test", SECOND_FACTOR_REQUIRED_ROLES: "admin,superuser" })).toThrow(
      'SECOND_FACTOR_REQUIRED_ROLES: "superuser" is not a role; the roles are user, editor, admin',
    );
    expect(() => readSettings({ NODE_ENV: "test", SECOND_FACTOR_REQUIRED_ROLES: "user" })).toThrow(/SECOND_FACTOR_REQUIRED_ROLES: "user" is every account's role/);
  });
});
