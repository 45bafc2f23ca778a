import "server-only";
import { cookies } from "next/headers";
import { readSessionCookie, sessionCookieName } from "@/lib/edge/session-token";

/**
 * Turns the session cookie Auth.js just set into a browser-session cookie (no Expires), for
 * sign-ins without "remember me". Auth.js gives every cookie the same lifetime; the server-side
 * limits (lib/sessions/policy.ts) apply either way.
 */
export async function makeSessionCookieEphemeral(): Promise<void> {
  const jar = await cookies();
  const cookie = readSessionCookie(jar, sessionCookieName(process.env.AUTH_URL));
  if (!cookie) return;
  jar.set(cookie.name, cookie.value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookie.name.startsWith("__"),
  });
}
