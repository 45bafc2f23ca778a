import { PWNED_STANDIN_URL } from "./pwned-passwords/passwords";
import { GITHUB_STANDIN_URL, GOOGLE_STANDIN_ISSUER, OAUTH_CLIENTS } from "./oauth/ports";

/** The access-token signing key of the servers under test (public: tests only). */
export const E2E_TOKEN_SIGNING_KEY = { "kty":"EC","crv":"P-256","x":"4KPrROu96-onN06xGKOZs0qQioEPRnfBIPUUAD_GwIY","y":"gEX1hai3ABoZ4FtVdhgvM5KtPi-LWwC34N-JAniXXxA","d":"KLhtPsqbpy-HQE9N5ij0U8E8iqApjLeJlyZmAf06fHY","kid":"e2e-only-key","alg":"ES256","use":"sig" };

// The environment of the server under test. Used by playwright.config.ts and the fixture seed.
// E2E_PORT lets two checkouts run their suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Next rewrites 127.0.0.1 to localhost in request URLs: use localhost in the browser.
export const E2E_URL = `http://localhost:${E2E_PORT}`;

// The real SMTP server the app sends through, and the HTTP port tests read its mail from
// (e2e/support/mail/smtp-sink-server.ts).
export const SMTP_PORT = E2E_PORT + 32;
export const MAILBOX_URL = `http://127.0.0.1:${E2E_PORT + 33}`;

export const E2E_ENV: Record<string, string> = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "file:./.e2e/gatehouse-e2e.db",
  AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  FACTOR_ENCRYPTION_KEY: "ZTJlLW9ubHkgZmFjdG9yIGtleSAwMTIzNDU2Nzg5YWI=",
  AUTH_URL: E2E_URL,
  // A key made for these tests with `npm run token:key`; it signs nothing anywhere else.
  AUTH_TOKEN_SIGNING_KEY: JSON.stringify(E2E_TOKEN_SIGNING_KEY),
  // A single-page app's origin the token API answers cross-origin (e2e/token-api.spec.ts).
  API_CORS_ORIGINS: "http://spa.e2e.test",
  // The lowest cost the app allows keeps the suite quick; the behaviour is the same.
  BCRYPT_COST: "10",
  // Both social providers, pointed at the local stand-ins the way an operator points them anywhere.
  AUTH_GOOGLE_ID: OAUTH_CLIENTS.google.id,
  AUTH_GOOGLE_SECRET: OAUTH_CLIENTS.google.secret,
  AUTH_GOOGLE_ISSUER: GOOGLE_STANDIN_ISSUER,
  AUTH_GITHUB_ID: OAUTH_CLIENTS.github.id,
  AUTH_GITHUB_SECRET: OAUTH_CLIENTS.github.secret,
  AUTH_GITHUB_ENTERPRISE_URL: GITHUB_STANDIN_URL,
  // The suites sign in as the same fixture users from one IP many times: an operator running a
  // load test would relax the limits the same way. Rate limits are tested on STRICT_URL.
  RATE_LIMIT_MULTIPLIER: "1000",
  LOCKOUT_THRESHOLD: "1000",
  // New passwords are checked against the local Pwned Passwords stand-in, never the real service.
  PASSWORD_BREACH_API_URL: PWNED_STANDIN_URL,
  // The sink is a relay on loopback without TLS: the explicit opt-out from STARTTLS says so.
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}?localRelay=plaintext`,
  MAIL_FROM: "Gatehouse E2E <no-reply@e2e.test>",
  // A JSON line per request would flood the suite's output; warnings and errors still show.
  LOG_LEVEL: "warn",
  // The fixture admins and editors sign in with a password alone. The requirement itself (on by
  // default for admins and editors) is tested on FACTORS_URL, which leaves this unset.
  SECOND_FACTOR_REQUIRED_ROLES: "",
};

// A second server on the same build and database with the default limits, sharing its counters
// through a real redis-server behind the Upstash REST bridge (e2e/support/upstash-stack.ts).
export const STRICT_PORT = E2E_PORT + 60;
export const STRICT_URL = `http://localhost:${STRICT_PORT}`;
export const BRIDGE_PORT = E2E_PORT + 61;
export const REDIS_PORT = E2E_PORT + 3290;
export const BRIDGE_TOKEN = "e2e-bridge-token";

export const STRICT_ENV: Record<string, string> = {
  ...E2E_ENV,
  AUTH_URL: STRICT_URL,
  MIGRATE_ON_START: "false",
  RATE_LIMIT_MULTIPLIER: "1",
  LOCKOUT_THRESHOLD: "10",
  UPSTASH_REDIS_REST_URL: `http://127.0.0.1:${BRIDGE_PORT}`,
  UPSTASH_REDIS_REST_TOKEN: BRIDGE_TOKEN,
};

// Another server on the same build with a database of its own (a third process writing the main
// database makes SQLite busier than the suite needs), for email-link expiry: its clock can be
// moved by writing an offset to CLOCK_FILE, and with no SMTP_URL its mail goes to /dev/outbox.
export const CLOCK_PORT = E2E_PORT + 64;
export const CLOCK_URL = `http://localhost:${CLOCK_PORT}`;
export const CLOCK_FILE = ".e2e/clock-offset-ms";

export const CLOCK_ENV: Record<string, string> = {
  ...Object.fromEntries(Object.entries(E2E_ENV).filter(([name]) => name !== "SMTP_URL")),
  AUTH_URL: CLOCK_URL,
  DATABASE_URL: "file:./.e2e/gatehouse-clock.db",
  DEV_OUTBOX: "true",
  GATEHOUSE_TEST_CLOCK_FILE: CLOCK_FILE,
};

// A server for second factors and the lockout (e2e/lockout.spec.ts, e2e/two-factor*.spec.ts), on a
// database of its own: a clock of its own that the TOTP tests move (the expiry tests move the
// other one at the same time), the default lockout threshold with rate limits still relaxed (so
// the lock is what answers), and mail in /dev/outbox.
export const FACTORS_PORT = E2E_PORT + 70;
export const FACTORS_URL = `http://localhost:${FACTORS_PORT}`;
export const FACTORS_CLOCK_FILE = ".e2e/factors-clock-offset-ms";

export const FACTORS_ENV: Record<string, string> = {
  // The default second-factor requirement (admins and editors): e2e/two-factor-policy.spec.ts.
  ...Object.fromEntries(Object.entries(CLOCK_ENV).filter(([name]) => name !== "SECOND_FACTOR_REQUIRED_ROLES")),
  AUTH_URL: FACTORS_URL,
  DATABASE_URL: "file:./.e2e/gatehouse-factors.db",
  GATEHOUSE_TEST_CLOCK_FILE: FACTORS_CLOCK_FILE,
  LOCKOUT_THRESHOLD: "10",
};

// A third server on the same build with a database of its own that holds exactly two admins
// (e2e/support/last-admin.ts): e2e/last-admin.spec.ts takes one of them away, which the shared
// database's other tests must never see.
export const LAST_ADMIN_PORT = E2E_PORT + 63;
export const LAST_ADMIN_URL = `http://localhost:${LAST_ADMIN_PORT}`;

export const LAST_ADMIN_ENV: Record<string, string> = {
  ...E2E_ENV,
  AUTH_URL: LAST_ADMIN_URL,
  DATABASE_URL: "file:./.e2e/gatehouse-last-admin.db",
};
