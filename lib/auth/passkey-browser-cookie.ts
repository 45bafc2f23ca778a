import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { settings } from "@/lib/config/settings";
import { PASSKEY_CHALLENGE_SECONDS } from "@/lib/passkeys/challenges";

// The browser's half of a passkey challenge (lib/passkeys/challenges.ts): a random token the
// server keeps only as a digest beside each challenge it issues to this browser, so an answer is
// accepted from the browser that asked for it and nowhere else. httpOnly, same-site strict,
// `__Host-` prefixed over https; it lives as long as a challenge.

export function passkeyBrowserCookieName(): string {
  return settings().secureCookies ? "__Host-gatehouse.passkey" : "gatehouse.passkey";
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The token this browser already holds, or a new one; the cookie is (re)set either way. */
export async function passkeyBrowserToken(): Promise<string> {
  const jar = await cookies();
  const current = jar.get(passkeyBrowserCookieName())?.value;
  const token = current && TOKEN.test(current) ? current : randomBytes(32).toString("base64url");
  jar.set(passkeyBrowserCookieName(), token, {
    httpOnly: true,
    sameSite: "strict",
    path: "/",
    secure: settings().secureCookies,
    maxAge: PASSKEY_CHALLENGE_SECONDS,
  });
  return token;
}

export async function readPasskeyBrowserToken(): Promise<string | null> {
  const value = (await cookies()).get(passkeyBrowserCookieName())?.value;
  return value && TOKEN.test(value) ? value : null;
}
