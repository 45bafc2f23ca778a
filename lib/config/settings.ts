// Every setting the server reads, parsed once, with the variable's name in every error.
// The README's configuration table documents the same list.
import { DEFAULT_PASSWORD_MIN_LENGTH, PASSWORD_MIN_LENGTH_FLOOR } from "@/lib/password/policy";
import { parseDuration } from "./duration";

export const BCRYPT_COST_FLOOR = 10;

export type Settings = {
  production: boolean;
  appUrl: string;
  bcryptCost: number;
  passwordMinLength: number;
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
    hashThreads: env.PASSWORD_HASH_THREADS ? intSetting(env, "PASSWORD_HASH_THREADS", 2, 1, 64) : undefined,
    session,
    oauth: oauthSettings(env),
  };
}

/** Secrets the server will not run without in production, by variable name. */
export function missingProductionSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing: string[] = [];
  const secret = env.AUTH_SECRET?.trim() ?? "";
  if (secret.length < 32) missing.push("AUTH_SECRET (at least 32 characters; `npx auth secret` or `openssl rand -base64 33`)");
  if (!env.AUTH_URL?.trim()) missing.push("AUTH_URL (the public URL of the app, e.g. https://accounts.example.com)");
  return missing;
}

let cached: Settings | undefined;
export function settings(): Settings {
  cached ??= readSettings();
  return cached;
}
