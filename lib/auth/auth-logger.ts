// Auth.js's default logger prints stack traces, causes and provider responses. Ours prints one
// line per error: its type, and the cause's name and message with anything token-like removed.
import type { NextAuthConfig } from "next-auth";

const TOKEN_LIKE = /[A-Za-z0-9_\-.~+/]{24,}={0,2}/g;

export function redactSecrets(text: string): string {
  return text.replace(/([?&#][^=\s&#]+=)[^\s&#]*/g, "$1[redacted]").replace(TOKEN_LIKE, "[redacted]");
}

function describe(error: Error): string {
  const type = (error as { type?: string }).type ?? error.name;
  const cause = (error.cause as { err?: unknown } | undefined)?.err ?? error.cause;
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : error.message;
  return `${type}: ${redactSecrets(detail).slice(0, 300)}`;
}

export const authLogger: NonNullable<NextAuthConfig["logger"]> = {
  error(error) {
    // A refused password is routine and already in the audit log.
    if ((error as { type?: string }).type === "CredentialsSignin") return;
    console.error(`[auth][error] ${describe(error)}`);
  },
  warn(code) {
    console.warn(`[auth][warn] ${code}`);
  },
  debug() {},
};
