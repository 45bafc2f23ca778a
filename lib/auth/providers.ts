// The social sign-in providers, enabled by configuration alone (lib/config/settings.ts).
// Node runtime only: imported by lib/auth/auth.ts and by pages, never by middleware.ts.
import Google from "next-auth/providers/google";
import GitHub from "next-auth/providers/github";
import type { Provider } from "next-auth/providers";
import { settings, type OAuthSettings } from "@/lib/config/settings";

import { SOCIAL_PROVIDERS, type SocialProviderId } from "@/lib/edge/providers-catalog";

/** The providers an operator has configured, in display order. */
export function enabledSocialProviders(oauth: OAuthSettings = settings().oauth): { id: SocialProviderId; name: string }[] {
  return (Object.keys(SOCIAL_PROVIDERS) as SocialProviderId[])
    .filter((id) => oauth[id] !== null)
    .map((id) => ({ id, name: SOCIAL_PROVIDERS[id] }));
}

type GitHubEmail = { email: string; primary: boolean; verified: boolean };
type GitHubUser = { id: number; login: string; name: string | null; email: string | null; avatar_url: string | null };

/**
 * GitHub's /user says nothing about whether its email is verified, so the verified flag always
 * comes from /user/emails: the public email when GitHub lists it as verified, otherwise the
 * primary address if it is verified. `email_verified` is then read like an OIDC claim.
 */
export function pickGitHubEmail(user: Pick<GitHubUser, "email">, emails: GitHubEmail[] | null): { email: string | null; email_verified: boolean } {
  const listed = emails ?? [];
  if (user.email) {
    const match = listed.find((entry) => entry.email.toLowerCase() === user.email?.toLowerCase());
    return { email: user.email, email_verified: match?.verified === true };
  }
  const primary = listed.find((entry) => entry.primary && entry.verified);
  return primary ? { email: primary.email, email_verified: true } : { email: null, email_verified: false };
}

// Auth.js checks only PKCE by default; `state` as well binds the callback to the browser that
// started the flow (a forged or replayed callback is refused).
const CHECKS: ("pkce" | "state")[] = ["pkce", "state"];

function githubProvider(config: NonNullable<OAuthSettings["github"]>): Provider {
  const apiBase = config.enterpriseUrl ? `${config.enterpriseUrl}/api/v3` : "https://api.github.com";
  const base = GitHub({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    checks: CHECKS,
    ...(config.enterpriseUrl ? { enterprise: { baseUrl: config.enterpriseUrl } } : {}),
  });
  return {
    ...base,
    userinfo: {
      url: `${apiBase}/user`,
      async request({ tokens }: { tokens: { access_token?: string } }) {
        const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "gatehouse", Accept: "application/vnd.github+json" };
        const userResponse = await fetch(`${apiBase}/user`, { headers });
        if (!userResponse.ok) throw new Error(`GitHub /user answered ${userResponse.status}`);
        const user = (await userResponse.json()) as GitHubUser;
        const emailsResponse = await fetch(`${apiBase}/user/emails`, { headers });
        const emails = emailsResponse.ok ? ((await emailsResponse.json()) as GitHubEmail[]) : null;
        return { ...user, ...pickGitHubEmail(user, emails) };
      },
    },
  } as Provider;
}

/** Auth.js provider configs for the enabled providers. */
export function socialProviders(oauth: OAuthSettings = settings().oauth): Provider[] {
  const providers: Provider[] = [];
  if (oauth.google) {
    providers.push(
      Google({ clientId: oauth.google.clientId, clientSecret: oauth.google.clientSecret, issuer: oauth.google.issuer, checks: CHECKS }),
    );
  }
  if (oauth.github) providers.push(githubProvider(oauth.github));
  return providers;
}
