import { defineConfig, devices } from "@playwright/test";
import {
  BRIDGE_PORT,
  CLOCK_ENV,
  CLOCK_PORT,
  CLOCK_URL,
  E2E_ENV,
  E2E_PORT,
  E2E_URL,
  FACTORS_ENV,
  FACTORS_PORT,
  FACTORS_URL,
  LAST_ADMIN_ENV,
  LAST_ADMIN_PORT,
  LAST_ADMIN_URL,
  MAILBOX_URL,
  STRICT_ENV,
  STRICT_PORT,
  STRICT_URL,
} from "./e2e/support/env";
import { GOOGLE_STANDIN_ISSUER } from "./e2e/support/oauth/ports";
import { PWNED_STANDIN_URL } from "./e2e/support/pwned-passwords/passwords";
import { systemChromium } from "./e2e/support/system-chromium";

// Each server under test is bound to loopback and keeps idle connections for 65 s, as in
// production behind a load balancer (docs/deployment.md): with Node's default 5 s, a test client
// reusing a connection in the instant the server drops it gets ECONNRESET.
const nextStart = (port: number) => `npx next start --port ${port} --hostname 127.0.0.1 --keepAliveTimeout 65000`;

export default defineConfig({
  testDir: "e2e",
  // The topology suite is vitest's (vitest.topology.config.ts): it runs its own servers.
  testIgnore: ["topology/**"],
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/e2e-results.json" }]] : [["list"]],
  use: {
    baseURL: E2E_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Playwright starts these in order and waits for each.
  webServer: [
    {
      // Local stand-ins for Google (OpenID Connect) and GitHub (OAuth + REST), see e2e/support/oauth.
      command: "npx tsx e2e/support/oauth/standins.ts",
      url: `${GOOGLE_STANDIN_ISSUER}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // A stand-in for the Pwned Passwords range API (breached-password check), see e2e/support/pwned-passwords.
      command: "npx tsx e2e/support/pwned-passwords/server.ts",
      url: `${PWNED_STANDIN_URL}/range/00000`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // A real SMTP server the app sends through; tests read what arrived (e2e/support/mail).
      command: "npx tsx e2e/support/mail/smtp-sink-server.ts",
      url: `${MAILBOX_URL}/messages`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // A production build on a fresh SQLite database, seeded with the fixture accounts.
      command: `rm -rf .e2e && npm run build && npx tsx --conditions=react-server e2e/support/seed-fixtures.ts && ${nextStart(E2E_PORT)}`,
      url: `${E2E_URL}/login`,
      timeout: 240_000,
      reuseExistingServer: false,
      env: E2E_ENV,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // redis-server + the Upstash REST bridge, for the second server below.
      command: "npx tsx e2e/support/upstash-stack.ts",
      port: BRIDGE_PORT,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The same build and database with the default rate limits (e2e/rate-limits.spec.ts).
      command: nextStart(STRICT_PORT),
      url: `${STRICT_URL}/login`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: STRICT_ENV,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The same build on a database of its own, with a clock tests can move and the development
      // outbox (e2e/email-link-expiry.spec.ts).
      command: `npx tsx --conditions=react-server e2e/support/seed-clock.ts && ${nextStart(CLOCK_PORT)}`,
      url: `${CLOCK_URL}/login`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: CLOCK_ENV,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The same build on a database of its own with exactly two admins (e2e/last-admin.spec.ts).
      command: `npx tsx --conditions=react-server e2e/support/seed-last-admin.ts && ${nextStart(LAST_ADMIN_PORT)}`,
      url: `${LAST_ADMIN_URL}/login`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: LAST_ADMIN_ENV,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // The same build on a database of its own with a clock of its own and the default lockout
      // (e2e/lockout.spec.ts, e2e/two-factor.spec.ts).
      command: `npx tsx --conditions=react-server e2e/support/seed-factors.ts && ${nextStart(FACTORS_PORT)}`,
      url: `${FACTORS_URL}/login`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: FACTORS_ENV,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
