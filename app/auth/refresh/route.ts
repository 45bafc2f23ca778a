import { NextResponse, type NextRequest } from "next/server";
import { updateSession } from "@/lib/auth/auth";
import { keepSessionOnlyCookie } from "@/lib/auth/session-cookie";
import { safeCallbackUrl } from "@/lib/edge/callback-url";

// Where middleware.ts sends a navigation whose role claim is due for a refresh (at most once per
// SESSION_ROLE_REFRESH). Auth.js re-runs the jwt callback, which re-reads the roles from the
// database and re-issues the cookie, or refuses a session the registry has ended.
export async function GET(request: NextRequest) {
  const next = safeCallbackUrl(request.nextUrl.searchParams.get("next") ?? undefined);
  const session = await updateSession({});
  if (!session) return NextResponse.redirect(new URL("/auth/session-ended", request.url));
  await keepSessionOnlyCookie();
  return NextResponse.redirect(new URL(next, request.url));
}
