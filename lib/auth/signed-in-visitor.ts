import "server-only";
import { redirect } from "next/navigation";
import { safeCallbackUrl, DEFAULT_AFTER_SIGN_IN } from "@/lib/edge/callback-url";
import { getCurrentSession, type CurrentSession } from "./dal";

/** `/login?prompt=login`: the form even for a signed-in person, who means to sign in as another account. */
export const SIGN_IN_AGAIN_PROMPT = "login";

const SIGNED_OUT_PAGES = /^\/(login|register)(\/|$)/;

export type SignedInVisitorOptions = {
  callbackUrl?: string;
  prompt?: string;
  /** A provider error (`?error=…&provider=…`): for a signed-in person, it came from connecting one. */
  providerError?: { code: string; provider?: string };
};

/**
 * /login and /register are for people who are not signed in. A live session (checked against the
 * database: an ended one gets the form) goes on to its same-origin callbackUrl, or the dashboard;
 * never back to a sign-in page, which would loop. Returns the session when the page should still
 * show (prompt=login), else null.
 */
export async function sendSignedInVisitorOn({ callbackUrl, prompt, providerError }: SignedInVisitorOptions = {}): Promise<CurrentSession | null> {
  const session = await getCurrentSession();
  if (!session) return null;
  if (providerError) {
    const query = new URLSearchParams({ error: providerError.code, ...(providerError.provider ? { provider: providerError.provider } : {}) });
    redirect(`/settings/connections?${query}`);
  }
  if (prompt === SIGN_IN_AGAIN_PROMPT) return session;
  const target = safeCallbackUrl(callbackUrl);
  redirect(SIGNED_OUT_PAGES.test(new URL(target, "http://gatehouse.invalid").pathname) ? DEFAULT_AFTER_SIGN_IN : target);
}
