import "server-only";
import { cookies } from "next/headers";
import { decodeSessionToken, readSessionCookie, sessionCookieName } from "@/lib/edge/session-token";

// Auth.js gives the session cookie the same lifetime (session.maxAge, the "remember me" one)
// every time it sets it: at sign-in, on every session read and on every role refresh. A session
// started without "remember me" must stay a browser-session cookie (no Expires, no Max-Age)
// wherever it is re-issued, so each of those places passes through here. The token's `rem`
// claim says which it is; a token without it (older, or a provider sign-in) is session-only.
// The server-side limits (lib/sessions/policy.ts) apply either way.

async function isSessionOnly(token: string, cookieName: string): Promise<boolean> {
  const claims = await decodeSessionToken(token, process.env.AUTH_SECRET ?? "", cookieName);
  return claims !== null && claims.rem !== true;
}

/** For a session cookie Auth.js just set through next/headers (the sign-in action, /auth/refresh). */
export async function keepSessionOnlyCookie(): Promise<void> {
  const jar = await cookies();
  const cookie = readSessionCookie(jar, sessionCookieName(process.env.AUTH_URL));
  if (!cookie || !(await isSessionOnly(cookie.value, cookie.name))) return;
  jar.set(cookie.name, cookie.value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookie.name.startsWith("__"),
  });
}

const LIFETIME_ATTRIBUTE = /^\s*(expires|max-age)\s*=/i;

/** For an Auth.js endpoint's response (credentials and provider callbacks, session reads). */
export async function withSessionOnlyCookie(response: Response): Promise<Response> {
  const name = sessionCookieName(process.env.AUTH_URL);
  const setCookies = response.headers.getSetCookie();
  const isSessionCookie = (header: string) => {
    const cookieName = header.slice(0, header.indexOf("="));
    return cookieName === name || cookieName.startsWith(`${name}.`);
  };
  const valueOf = (header: string) => header.slice(header.indexOf("=") + 1).split(";")[0] ?? "";
  // Auth.js splits a value over 4 KB into name.0, name.1, …, set in order.
  const token = setCookies.filter(isSessionCookie).map(valueOf).join("");
  if (!token || !(await isSessionOnly(token, name))) return response;

  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const header of setCookies) {
    const rewritten = isSessionCookie(header) && valueOf(header) ? header.split(";").filter((part) => !LIFETIME_ATTRIBUTE.test(part)).join(";") : header;
    headers.append("set-cookie", rewritten);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
