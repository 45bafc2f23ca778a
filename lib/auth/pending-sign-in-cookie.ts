import "server-only";
import { cookies } from "next/headers";
import { settings } from "@/lib/config/settings";
import { PENDING_SIGN_IN_SECONDS } from "@/lib/factors/create-pending-sign-in";

/** The browser's half of a sign-in waiting for its second factor: `__Host-` prefixed over https. */
export function pendingSignInCookieName(): string {
  return settings().secureCookies ? "__Host-gatehouse.pending-sign-in" : "gatehouse.pending-sign-in";
}

export async function setPendingSignInCookie(token: string): Promise<void> {
  (await cookies()).set(pendingSignInCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: settings().secureCookies,
    maxAge: PENDING_SIGN_IN_SECONDS,
  });
}

export async function readPendingSignInCookie(): Promise<string | null> {
  return (await cookies()).get(pendingSignInCookieName())?.value ?? null;
}

export async function clearPendingSignInCookie(): Promise<void> {
  (await cookies()).delete({ name: pendingSignInCookieName(), path: "/", secure: settings().secureCookies });
}
