// Edge gate: an optimistic check of the session cookie's role claim before a protected route
// renders. It is a convenience, not the boundary: every protected page, action and route
// handler checks again in lib/auth/dal.ts against the database.
// Must stay edge-safe: only lib/auth/roles.ts and lib/auth/session-token.ts (Web APIs + jose).
import { NextResponse, type NextRequest } from "next/server";
import { hasPermission, routeRuleFor } from "@/lib/auth/roles";
import { claimsRefreshDue, readSessionClaims } from "@/lib/auth/session-token";

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const rule = routeRuleFor(pathname);
  if (!rule) return NextResponse.next();

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
    if (rule.api) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    // /forbidden answers with status 403 (a rewrite cannot set the status itself).
    return NextResponse.rewrite(new URL("/forbidden", request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Everything but static assets; routeRuleFor decides what is gated.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|robots\\.txt).*)"],
};
