// Pages opened from emailed links. Must stay edge-safe (middleware.ts imports it): Web APIs only.
//
// A reset link's token is moved out of the address bar before the page renders: the middleware
// answers /reset-password?token=… with a redirect to /reset-password that carries the token in
// a short-lived HttpOnly cookie scoped to that path. The page and its form action read the cookie.
import { isHttpsAppUrl } from "./app-url.mjs";

const RESET_PATH = "/reset-password";
const RESET_COOKIE = "gatehouse.reset";
const SECURE_RESET_COOKIE = "__Secure-gatehouse.reset";
/** As long as a reset link lives (lib/email-tokens/purposes.ts); the server checks expiry itself. */
const RESET_COOKIE_MAX_AGE_SECONDS = 30 * 60;

/** Pages that receive or hold an emailed token: no Referer leaves them, nothing stores them. */
export const TOKEN_PAGE_HEADERS: Record<string, string> = {
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

export function isTokenPage(pathname: string): boolean {
  const path = pathname.toLowerCase().replace(/\/+$/, "");
  return path === RESET_PATH || path === "/verify-email";
}

export function resetCookieName(appUrl: string | undefined): string {
  return isHttpsAppUrl(appUrl) ? SECURE_RESET_COOKIE : RESET_COOKIE;
}

export type ResetCookie = { name: string; value: string; options: { httpOnly: true; sameSite: "lax"; secure: boolean; path: string; maxAge: number } };

/** The cookie that carries a reset token from the link to the form. */
export function resetCookie(token: string, appUrl: string | undefined): ResetCookie {
  const name = resetCookieName(appUrl);
  return {
    name,
    value: token,
    options: { httpOnly: true, sameSite: "lax", secure: name.startsWith("__"), path: RESET_PATH, maxAge: RESET_COOKIE_MAX_AGE_SECONDS },
  };
}

/**
 * The token of a GET /reset-password?token=… request, else null. Whatever it holds leaves the
 * address bar; the server judges it (a malformed one is an invalid link).
 */
export function resetTokenInLink(request: { method: string; nextUrl: URL }): string | null {
  if (request.method !== "GET" || request.nextUrl.pathname.replace(/\/+$/, "") !== RESET_PATH) return null;
  const token = request.nextUrl.searchParams.get("token");
  return token === null ? null : token.slice(0, 128);
}
