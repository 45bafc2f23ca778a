// Edge gate: an optimistic check of the session cookie's role claim before a protected route
// renders. It is a convenience, not the boundary: every protected page, action and route
// handler checks again in lib/auth/dal.ts against the database.
// It also sets the per-request security headers (the CSP with a fresh nonce; HSTS over https;
// next.config.mjs adds the static ones to every response) and refuses cross-site requests that
// change state.
// Must stay edge-safe: it imports only from lib/edge/ (Web APIs and jose), and `npm run lint`
// fails if it or that folder reaches the database, node:*, bcryptjs or next/headers.
// Next 16 warns that the `middleware` file convention is deprecated in favour of `proxy.ts`: keep
// this name. proxy.ts runs only on Node; the gate stays on the edge by design, where it was
// measured (docs/benchmarks.md) to cost no more than a middleware that does nothing.
import { NextResponse, type NextRequest } from "next/server";
import { hasPermission, routeRuleFor } from "@/lib/edge/roles";
import { claimsRefreshDue, readSessionClaims } from "@/lib/edge/session-token";
import { contentSecurityPolicy, createNonce, HSTS, wantsHsts } from "@/lib/edge/security-headers";
import { changesState, isCrossSite } from "@/lib/edge/same-origin";
import { isTokenPage, resetCookie, resetTokenInLink, TOKEN_PAGE_HEADERS } from "@/lib/edge/email-link";
import { GATE_REFUSAL, GATE_REFUSAL_HEADER, isPageNavigation } from "@/lib/edge/gate-refusal";

const SEND_HSTS = wantsHsts(process.env);
const DEV = process.env.NODE_ENV === "development";

export async function middleware(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: DEV });
  const response = await gate(request, csp);
  response.headers.set("Content-Security-Policy", csp);
  if (SEND_HSTS) response.headers.set("Strict-Transport-Security", HSTS);
  if (isTokenPage(request.nextUrl.pathname)) {
    for (const [name, value] of Object.entries(TOKEN_PAGE_HEADERS)) response.headers.set(name, value);
  }
  return response;
}

async function gate(request: NextRequest, csp: string): Promise<NextResponse> {
  // Next reads the nonce for its own scripts from the policy on the request.
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", csp);
  forwarded.delete(GATE_REFUSAL_HEADER);
  const next = () => NextResponse.next({ request: { headers: forwarded } });

  if (changesState(request) && isCrossSite(request)) {
    return NextResponse.json({ error: "Cross-site request refused" }, { status: 403 });
  }

  const resetToken = resetTokenInLink(request);
  if (resetToken !== null) {
    const form = NextResponse.redirect(new URL("/reset-password", request.url), 303);
    const cookie = resetCookie(resetToken, process.env.AUTH_URL);
    form.cookies.set(cookie.name, cookie.value, cookie.options);
    return form;
  }

  const { pathname, search } = request.nextUrl;
  const rule = routeRuleFor(pathname);
  if (!rule) return next();

  const claims = await readSessionClaims(request.cookies, process.env.AUTH_SECRET);
  if (!claims) {
    if (rule.api) return NextResponse.json({ error: "Sign in required" }, { status: 401 });
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // The role claim is at most SESSION_ROLE_REFRESH old: a page navigation past that goes through
  // /auth/refresh (Node), which re-reads roles and re-issues the cookie. Only then, never per request.
  if (!rule.api && request.method === "GET" && claimsRefreshDue(claims)) {
    const refresh = new URL("/auth/refresh", request.url);
    refresh.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(refresh);
  }
  if (!hasPermission(claims.roles, rule.permission)) {
    // A page navigation gets the app's 403 page from the data access layer, on the gate's word;
    // everything else gets the 403 from here (lib/edge/gate-refusal.ts says why, not a rewrite).
    if (rule.api || !isPageNavigation({ method: request.method, pathname, headers: request.headers })) {
      return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    }
    forwarded.set(GATE_REFUSAL_HEADER, GATE_REFUSAL);
  }
  const allowed = next();
  // Signed-in pages and answers are never stored by browsers or shared caches.
  allowed.headers.set("Cache-Control", "no-store");
  return allowed;
}

export const config = {
  // Everything but static assets (next.config.mjs gives those their headers), the load
  // balancer's probes (lib/edge/roles.ts PROBE_PATHS: public, JSON, asked every few seconds) and
  // the token API: /api/v1 carries bearer tokens, never cookies, so it pays for no cookie gate
  // and no CSP nonce; each of its handlers authorises itself (lib/auth/bearer.ts).
  // routeRuleFor decides what is gated.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|robots\\.txt|api/health$|api/ready$|api/v1/|\\.well-known/jwks\\.json).*)"],
};
