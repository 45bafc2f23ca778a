import "server-only";
import { cookies } from "next/headers";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/edge/session-token";

/**
 * For server actions that end the caller's own session: drop the (now dead) cookie right away,
 * so the redirect that follows lands on /login instead of bouncing through /auth/session-ended.
 */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (cookie.name.startsWith(SESSION_COOKIE) || cookie.name.startsWith(SECURE_SESSION_COOKIE)) {
      jar.set(cookie.name, "", { maxAge: 0, path: "/", secure: cookie.name.startsWith("__Secure-"), httpOnly: true, sameSite: "lax" });
    }
  }
}
