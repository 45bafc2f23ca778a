import { NextResponse, type NextRequest } from "next/server";
import { lookupSession } from "@/lib/auth/dal";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/edge/session-token";

// Where the data access layer sends a browser whose session was revoked or expired: the dead
// cookie is cleared, then /login explains. A live session is left alone (no sign-out by link).
export async function GET(request: NextRequest) {
  const lookup = await lookupSession();
  if (lookup.status === "signed-in") return NextResponse.redirect(new URL("/dashboard", request.url));

  const response = NextResponse.redirect(new URL("/login?sessionEnded=1", request.url));
  for (const cookie of request.cookies.getAll()) {
    if (cookie.name.startsWith(SESSION_COOKIE) || cookie.name.startsWith(SECURE_SESSION_COOKIE)) {
      response.cookies.set(cookie.name, "", { maxAge: 0, path: "/", secure: cookie.name.startsWith("__Secure-") });
    }
  }
  return response;
}
