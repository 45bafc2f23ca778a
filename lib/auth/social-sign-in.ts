// Glue between Auth.js's OAuth callbacks and the rules in lib/accounts and lib/sessions.
// Node runtime only (Prisma): used by lib/auth/auth.ts.
import { cookies, headers } from "next/headers";
import type { Account, Profile } from "next-auth";
import { signInWithProvider, type SocialSignInRefusal } from "@/lib/accounts/sign-in-with-provider";
import { startSession } from "@/lib/sessions/start-session";
import { requestContext } from "@/lib/http/request-context";
import { lookupSession } from "./dal";
import { setPendingSignInCookie } from "./pending-sign-in-cookie";
import { hasSecondFactor } from "@/lib/factors/second-factor-status";
import { createPendingSignIn } from "@/lib/factors/create-pending-sign-in";
import { CONFIRM_IDENTITY_PATH, isSessionRecentlyAuthenticated } from "./require-recent-authentication";
import { readSessionClaims, type SessionClaims } from "@/lib/edge/session-token";

/** Error codes /login understands (`/login?error=…&provider=…`), one per refusal. */
export const REFUSAL_CODES: Record<SocialSignInRefusal, string> = {
  "account-exists": "AccountExists",
  "no-verified-email": "NoVerifiedEmail",
  inactive: "AccountInactive",
  "linked-to-another-user": "LinkedElsewhere",
  "address-unproven": "AddressUnproven",
};

export function isSocialAccount(account: Account | null | undefined): account is Account {
  return account?.type === "oauth" || account?.type === "oidc";
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * The signIn callback for provider accounts: true to continue, or the page to send the person
 * to. A signed-in person (a live session) is connecting a provider to their own account.
 */
export async function authorizeSocialSignIn(account: Account, profile: Profile | undefined): Promise<true | string> {
  const lookup = await lookupSession();
  if (lookup.status === "ended") return "/auth/session-ended";
  // Connecting a provider from a session (even straight through /api/auth/signin/…) needs a fresh proof.
  if (lookup.status === "signed-in" && !(await isSessionRecentlyAuthenticated(lookup.session.sessionId))) {
    return `${CONFIRM_IDENTITY_PATH}?${new URLSearchParams({ next: "/settings/connections" })}`;
  }
  const raw = (profile ?? {}) as Record<string, unknown>;
  const result = await signInWithProvider({
    identity: {
      provider: account.provider,
      type: account.type,
      providerAccountId: account.providerAccountId,
      email: text(raw.email)?.toLowerCase() ?? null,
      emailVerified: raw.email_verified === true || raw.email_verified === "true",
      name: text(raw.name) ?? text(raw.login),
      image: text(raw.picture) ?? text(raw.avatar_url),
    },
    currentUserId: lookup.status === "signed-in" ? lookup.session.user.id : null,
    context: requestContext(await headers()),
  });
  if (result.status === "ok") {
    // A provider is a first factor like a password: an account with a second factor gets the
    // challenge page, and no session until it is passed.
    if (lookup.status !== "signed-in" && (await hasSecondFactor(result.userId))) {
      const pending = await createPendingSignIn({ userId: result.userId, method: account.provider, remember: false });
      await setPendingSignInCookie(pending.token);
      return "/login/two-factor";
    }
    return true;
  }
  const target = lookup.status === "signed-in" ? "/settings/connections" : "/login";
  return `${target}?${new URLSearchParams({ error: REFUSAL_CODES[result.reason], provider: account.provider })}`;
}

type TokenClaims = Pick<SessionClaims, "sub" | "sid" | "roles" | "sv" | "sexp" | "rem">;

/**
 * The token claims after a provider sign-in. Connecting a provider keeps the current session;
 * any other provider sign-in starts a fresh one in the registry, exactly like a password sign-in.
 */
export async function socialSessionClaims(userId: string, provider: string): Promise<TokenClaims> {
  const lookup = await lookupSession();
  if (lookup.status === "signed-in" && lookup.session.user.id === userId) {
    const current = await readSessionClaims(await cookies(), process.env.AUTH_SECRET);
    if (current) return { sub: current.sub, sid: current.sid, roles: current.roles, sv: current.sv, sexp: current.sexp, rem: current.rem };
  }
  const session = await startSession({ userId, remember: false, context: requestContext(await headers()), method: provider });
  return {
    sub: userId,
    sid: session.id,
    roles: session.roles,
    sv: session.sessionVersion,
    sexp: Math.floor(session.expires.getTime() / 1000),
  };
}
