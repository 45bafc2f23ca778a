// Every setting the server reads, parsed once, with the variable's name in every error.
// docs/configuration.md documents the same list.
import { DEFAULT_PASSWORD_MIN_LENGTH, PASSWORD_MIN_LENGTH_FLOOR } from "@/lib/password/policy";
import { readSigningKeyConfig, type SigningKeyConfig } from "@/lib/tokens/signing-key-config";
import { parseDuration } from "./duration";
import { isHttpsAppUrl } from "@/lib/edge/app-url.mjs";
import { DEFAULT_ROLE, isRole, ROLES, type Role } from "@/lib/edge/roles";

export const BCRYPT_COST_FLOOR = 10;

export type Settings = {
  production: boolean;
  appUrl: string;
  bcryptCost: number;
  passwordMinLength: number;
  /** zxcvbn score (0–4) a new password must reach; 0 turns the strength check off. */
  passwordMinScore: number;
  /** The Pwned Passwords range API new passwords are checked against; null: no breach check. */
  passwordBreachCheck: { apiUrl: string } | null;
  hashThreads: number | undefined;
  session: {
    maxAgeSeconds: number;
    idleSeconds: number;
    rememberMaxAgeSeconds: number;
    rememberIdleSeconds: number;
    /** How long the role claim the edge middleware reads may be stale before it is re-read. */
    roleRefreshSeconds: number;
  };
  oauth: OAuthSettings;
  rateLimit: {
    /** Both set: Upstash Redis over REST, shared by all instances; else the in-process store. */
    upstash: { url: string; token: string } | null;
    /** Every policy's limit is multiplied by this (an operator's knob, e.g. for load tests). */
    multiplier: number;
  };
  clientIp: {
    /** Proxies in front of the app that append to X-Forwarded-For. 0 = clients connect directly. */
    trustedProxyHops: number;
    /** A header the platform sets to the client address (e.g. cf-connecting-ip); wins over hops. */
    header: string | null;
  };
  lockout: {
    /** Consecutive failed sign-ins that lock an account; 0 turns the lockout off. */
    threshold: number;
  };
  secondFactor: {
    /** Members of these roles use what the roles add only once they have a second factor. */
    requiredRoles: Role[];
  };
  /** Secure, __Host-/__Secure- prefixed cookies: whenever AUTH_URL is https. */
  secureCookies: boolean;
  mail: MailSettings;
  /** Tests only: a file holding a clock offset in milliseconds that email-link expiry honours. */
  testClockFile: string | null;
  /** On SIGTERM, how long in-flight requests may take before the process exits anyway. */
  shutdownTimeoutSeconds: number;
  tokens: TokenSettings;
};

/** The token API (/api/v1): lifetimes, signing keys, the origins allowed to call it from a browser. */
export type TokenSettings = {
  /** Null only outside production when no key was generated yet (the server refuses to start then). */
  keys: SigningKeyConfig | null;
  accessTokenSeconds: number;
  refreshMaxAgeSeconds: number;
  refreshIdleSeconds: number;
  /** A second use of a refresh token within this window gets the same successor (parallel clients). */
  refreshGraceSeconds: number;
  /** Exact origins (scheme://host[:port]) allowed to call /api/v1 cross-origin; never a wildcard. */
  corsOrigins: string[];
};

export type MailSettings = {
  /** nodemailer connection URL (smtp:// or smtps://); null keeps mail in the development outbox. */
  smtpUrl: string | null;
  /** The From header of every email. */
  from: string;
  /** /dev/outbox is served: always in development, in production only with DEV_OUTBOX=true. */
  outboxEnabled: boolean;
};

/** A provider is enabled when both its client id and secret are set. */
export type OAuthSettings = {
  google: { clientId: string; clientSecret: string; issuer: string } | null;
  github: { clientId: string; clientSecret: string; enterpriseUrl: string | null } | null;
};

function urlSetting(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL; got "${raw}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${name} must be an http(s) URL; got "${raw}"`);
  return raw.replace(/\/+$/, "");
}

function oauthSettings(env: NodeJS.ProcessEnv): OAuthSettings {
  const pair = (id: string, secret: string) => {
    const clientId = env[id]?.trim() ?? "";
    const clientSecret = env[secret]?.trim() ?? "";
    if (!clientId && !clientSecret) return null;
    if (!clientId || !clientSecret) throw new Error(`${clientId ? secret : id} must be set too: a provider needs both its client id and secret`);
    return { clientId, clientSecret };
  };
  const google = pair("AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET");
  const github = pair("AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET");
  return {
    google: google && { ...google, issuer: urlSetting(env, "AUTH_GOOGLE_ISSUER") ?? "https://accounts.google.com" },
    github: github && { ...github, enterpriseUrl: urlSetting(env, "AUTH_GITHUB_ENTERPRISE_URL") },
  };
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

function durationSetting(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = env[name]?.trim() || fallback;
  try {
    const seconds = parseDuration(raw);
    if (seconds <= 0) throw new Error("must be positive");
    return seconds;
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const session = {
    maxAgeSeconds: durationSetting(env, "SESSION_MAX_AGE", "12h"),
    idleSeconds: durationSetting(env, "SESSION_IDLE_TIMEOUT", "2h"),
    rememberMaxAgeSeconds: durationSetting(env, "SESSION_REMEMBER_MAX_AGE", "30d"),
    rememberIdleSeconds: durationSetting(env, "SESSION_REMEMBER_IDLE_TIMEOUT", "7d"),
    roleRefreshSeconds: durationSetting(env, "SESSION_ROLE_REFRESH", "60s"),
  };
  return {
    production: env.NODE_ENV === "production",
    appUrl: (env.AUTH_URL?.trim() || "http://localhost:3000").replace(/\/+$/, ""),
    bcryptCost: intSetting(env, "BCRYPT_COST", 12, BCRYPT_COST_FLOOR, 15),
    passwordMinLength: intSetting(env, "PASSWORD_MIN_LENGTH", DEFAULT_PASSWORD_MIN_LENGTH, PASSWORD_MIN_LENGTH_FLOOR, 64),
    passwordMinScore: intSetting(env, "PASSWORD_MIN_SCORE", 3, 0, 4),
    passwordBreachCheck: passwordBreachCheckSetting(env),
    hashThreads: env.PASSWORD_HASH_THREADS ? intSetting(env, "PASSWORD_HASH_THREADS", 2, 1, 64) : undefined,
    session,
    oauth: oauthSettings(env),
    rateLimit: {
      upstash: upstashSetting(env),
      multiplier: intSetting(env, "RATE_LIMIT_MULTIPLIER", 1, 1, 10_000),
    },
    clientIp: {
      trustedProxyHops: intSetting(env, "TRUSTED_PROXY_HOPS", 0, 0, 10),
      header: clientIpHeaderSetting(env),
    },
    lockout: { threshold: intSetting(env, "LOCKOUT_THRESHOLD", 10, 0, 1000) },
    secondFactor: { requiredRoles: requiredRolesSetting(env) },
    secureCookies: isHttpsAppUrl(env.AUTH_URL),
    mail: mailSettings(env),
    // Never on a real deployment: those are https (production refuses plain http except localhost).
    testClockFile: isHttpsAppUrl(env.AUTH_URL) ? null : env.GATEHOUSE_TEST_CLOCK_FILE?.trim() || null,
    shutdownTimeoutSeconds: durationSetting(env, "SHUTDOWN_TIMEOUT", "20s"),
    tokens: tokenSettings(env),
  };
}

function passwordBreachCheckSetting(env: NodeJS.ProcessEnv): Settings["passwordBreachCheck"] {
  const flag = env.PASSWORD_BREACH_CHECK?.trim().toLowerCase() || "true";
  if (flag !== "true" && flag !== "false") throw new Error(`PASSWORD_BREACH_CHECK must be "true" or "false"; got "${env.PASSWORD_BREACH_CHECK}"`);
  if (flag === "false") return null;
  return { apiUrl: urlSetting(env, "PASSWORD_BREACH_API_URL") ?? "https://api.pwnedpasswords.com" };
}

function tokenSettings(env: NodeJS.ProcessEnv): TokenSettings {
  const grace = env.REFRESH_TOKEN_GRACE?.trim() ? parseDuration(env.REFRESH_TOKEN_GRACE.trim()) : 5;
  if (!(grace >= 0 && grace <= 10)) throw new Error(`REFRESH_TOKEN_GRACE must be from 0s to 10s; got "${env.REFRESH_TOKEN_GRACE}"`);
  const accessTokenSeconds = durationSetting(env, "ACCESS_TOKEN_TTL", "15m");
  if (accessTokenSeconds > 3600) throw new Error(`ACCESS_TOKEN_TTL must be at most 1h; got "${env.ACCESS_TOKEN_TTL}"`);
  return {
    keys: readSigningKeyConfig(env),
    accessTokenSeconds,
    refreshMaxAgeSeconds: durationSetting(env, "REFRESH_TOKEN_MAX_AGE", "30d"),
    refreshIdleSeconds: durationSetting(env, "REFRESH_TOKEN_IDLE_TIMEOUT", "7d"),
    refreshGraceSeconds: grace,
    corsOrigins: corsOriginsSetting(env),
  };
}

/** Unset: admins and editors. Set but empty: no role requires a second factor. */
function requiredRolesSetting(env: NodeJS.ProcessEnv): Role[] {
  const raw = env.SECOND_FACTOR_REQUIRED_ROLES ?? "admin,editor";
  const roles = new Set<Role>();
  for (const entry of raw.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean)) {
    if (!isRole(entry)) throw new Error(`SECOND_FACTOR_REQUIRED_ROLES: "${entry}" is not a role; the roles are ${ROLES.join(", ")}`);
    // Every account holds the default role's permissions, and needs them to reach the settings
    // where a second factor is set up: requiring it of that role could hold back nothing.
    if (entry === DEFAULT_ROLE) throw new Error(`SECOND_FACTOR_REQUIRED_ROLES: "${entry}" is every account's role and cannot require a second factor; list the roles that add permissions (${ROLES.filter((role) => role !== DEFAULT_ROLE).join(", ")})`);
    roles.add(entry);
  }
  return [...roles];
}

function corsOriginsSetting(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.API_CORS_ORIGINS ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`API_CORS_ORIGINS: "${entry}" is not an origin like https://app.example.com`);
    }
    if (entry.includes("*") || (url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== entry.replace(/\/+$/, "")) {
      throw new Error(`API_CORS_ORIGINS: "${entry}" is not an origin like https://app.example.com (no path, no wildcard)`);
    }
    return url.origin;
  });
}

function mailSettings(env: NodeJS.ProcessEnv): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/]/i.test(smtpUrl)) {
    throw new Error(`SMTP_URL must be an smtp:// or smtps:// URL, like smtps://user:password@smtp.example.com:465; got "${redactUrl(smtpUrl)}"`);
  }
  const tlsOverride = smtpUrl ? smtpTlsOverride(smtpUrl) : null;
  if (tlsOverride) {
    throw new Error(
      `SMTP_URL may not set ${tlsOverride}: smtp:// always requires STARTTLS; for a relay on this host or private network without TLS, add ?localRelay=plaintext`,
    );
  }
  const outboxFlag = env.DEV_OUTBOX?.trim().toLowerCase();
  if (outboxFlag && outboxFlag !== "true" && outboxFlag !== "false") {
    throw new Error(`DEV_OUTBOX must be "true" or "false"; got "${env.DEV_OUTBOX}"`);
  }
  const from = env.MAIL_FROM?.trim() || `Gatehouse <no-reply@${appHostname(env)}>`;
  if (/[\r\n]/.test(from)) throw new Error("MAIL_FROM must be one line");
  return {
    smtpUrl,
    from,
    // In production the outbox (every live reset link, readable by any admin) is served only to a
    // server that nobody else can reach: a loopback AUTH_URL. The start-up check refuses the rest.
    outboxEnabled:
      env.NODE_ENV === "production" ? outboxFlag === "true" && isLoopbackUrl(env.AUTH_URL?.trim() ?? "") : outboxFlag !== "false",
  };
}

/** A nodemailer option in the URL's query that would weaken TLS (lib/mail/smtp-transport.ts drops them too). */
function smtpTlsOverride(url: string): string | null {
  try {
    const names = [...new URL(url).searchParams.keys()];
    return names.find((name) => ["ignoretls", "requiretls", "secure", "tls.rejectunauthorized"].includes(name.toLowerCase())) ?? null;
  } catch {
    return null;
  }
}

function appHostname(env: NodeJS.ProcessEnv): string {
  try {
    return new URL(env.AUTH_URL?.trim() || "http://localhost:3000").hostname;
  } catch {
    return "localhost";
  }
}

/** A URL with its password replaced, for error messages. */
function redactUrl(raw: string): string {
  return raw.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1***@");
}

function upstashSetting(env: NodeJS.ProcessEnv): Settings["rateLimit"]["upstash"] {
  const url = env.UPSTASH_REDIS_REST_URL?.trim();
  const token = env.UPSTASH_REDIS_REST_TOKEN?.trim();
  if (!url && !token) return null;
  if (!url || !token) throw new Error("UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together");
  if (!/^https?:\/\//.test(url)) throw new Error(`UPSTASH_REDIS_REST_URL must be an http(s) URL; got "${url}"`);
  return { url, token };
}

function clientIpHeaderSetting(env: NodeJS.ProcessEnv): string | null {
  const raw = env.CLIENT_IP_HEADER?.trim().toLowerCase();
  if (!raw) return null;
  if (!/^[a-z0-9-]+$/.test(raw)) throw new Error(`CLIENT_IP_HEADER must be a header name like cf-connecting-ip; got "${raw}"`);
  return raw;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Secrets the server will not run without in production, by variable name. */
export function missingProductionSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing: string[] = [];
  const secret = env.AUTH_SECRET?.trim() ?? "";
  if (secret.length < 32) missing.push("AUTH_SECRET (at least 32 characters; `npx auth secret` or `openssl rand -base64 33`)");
  if (!isFactorEncryptionKey(env.FACTOR_ENCRYPTION_KEY)) {
    missing.push("FACTOR_ENCRYPTION_KEY (32 random bytes in base64, encrypts authenticator-app secrets; `openssl rand -base64 32`)");
  }
  const appUrl = env.AUTH_URL?.trim();
  if (!appUrl) missing.push("AUTH_URL (the public URL of the app, e.g. https://accounts.example.com)");
  else if (!isHttpsOrLocal(appUrl)) {
    missing.push("AUTH_URL over https (plain http sends session cookies without Secure; only localhost may use http)");
  }
  const outbox = env.DEV_OUTBOX?.trim().toLowerCase() === "true";
  if (!env.SMTP_URL?.trim() && !outbox) {
    missing.push("SMTP_URL (where verification and reset emails are sent, e.g. smtps://user:password@smtp.example.com:465; DEV_OUTBOX=true keeps them in /dev/outbox instead, on a loopback AUTH_URL only)");
  }
  if (outbox && appUrl && !isLoopbackUrl(appUrl)) {
    missing.push("DEV_OUTBOX=true only with a loopback AUTH_URL (http://localhost:…): the outbox shows every live reset link to any admin, so a reachable server must send mail through SMTP_URL");
  }
  if (!env.AUTH_TOKEN_SIGNING_KEY?.trim()) {
    missing.push("AUTH_TOKEN_SIGNING_KEY (the private ES256 JWK that signs access tokens; `npm run token:key` makes one)");
  }
  return missing;
}

/** 32 bytes, base64 or base64url: an AES-256-GCM key. */
export function isFactorEncryptionKey(value: string | undefined): value is string {
  const text = value?.trim() ?? "";
  return /^[A-Za-z0-9+/_-]{43}=?$/.test(text) && Buffer.from(text, "base64").length === 32;
}

/** localhost, 127.0.0.0/8 or [::1]: a server only this machine can reach. */
function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return LOCAL_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
  } catch {
    return false;
  }
}

function isHttpsOrLocal(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || (parsed.protocol === "http:" && LOCAL_HOSTS.has(parsed.hostname));
  } catch {
    return false;
  }
}

let cached: Settings | undefined;
export function settings(): Settings {
  cached ??= readSettings();
  return cached;
}
