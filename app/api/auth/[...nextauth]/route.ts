import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { withSessionOnlyCookie } from "@/lib/auth/session-cookie";
import { refuseCrossSite } from "@/lib/edge/same-origin";

// Every answer that (re-)issues the session cookie keeps a session without "remember me" a
// browser-session cookie (lib/auth/session-cookie.ts).
export async function GET(request: NextRequest) {
  return withSessionOnlyCookie(await handlers.GET(request));
}

// Sign-in, sign-out and session updates change state: refused from other sites, whatever
// the middleware did.
export async function POST(request: NextRequest) {
  return refuseCrossSite(request) ?? withSessionOnlyCookie(await handlers.POST(request));
}
