import "server-only";
import { cookies } from "next/headers";
import { settings } from "@/lib/config/settings";
import { emailSchema } from "@/lib/validation/auth";

const MAX_AGE_SECONDS = 60 * 60;

// Which address this browser just registered, for /register/check-email and its resend button.
// It holds only what the visitor typed, and the same whether or not the address had an account.
function cookieName(): string {
  return settings().secureCookies ? "__Host-gatehouse.registered" : "gatehouse.registered";
}

export async function setRegisteredEmailCookie(email: string): Promise<void> {
  (await cookies()).set(cookieName(), email, { httpOnly: true, sameSite: "lax", path: "/", secure: settings().secureCookies, maxAge: MAX_AGE_SECONDS });
}

/** The address, or null when there is none (or it was tampered into something that is not one). */
export async function readRegisteredEmailCookie(): Promise<string | null> {
  const parsed = emailSchema.safeParse((await cookies()).get(cookieName())?.value);
  return parsed.success ? parsed.data : null;
}
