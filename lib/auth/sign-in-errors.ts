// What /login (and /settings/connections) say for `?error=<code>&provider=<id>`. Auth.js sends
// its own codes (only a few reach the URL; everything else arrives as "Configuration"); the
// others come from lib/auth/social-sign-in.ts. Unknown codes get the generic message: nothing
// from the URL is echoed.
import { SOCIAL_PROVIDERS, isSocialProvider } from "@/lib/edge/providers-catalog";

const GENERIC = "We couldn't complete the sign-in with the provider. Please try again, or sign in with your email and password.";

/** `email`: the signed-in person's address, for the messages of /settings/connections. */
export function signInErrorMessage(code: string | undefined, provider: string | undefined, email?: string): string | null {
  if (!code) return null;
  const name = isSocialProvider(provider) ? SOCIAL_PROVIDERS[provider] : "the provider";
  switch (code) {
    case "AccountExists":
      return `An account with this email already exists. Sign in with your password, then connect ${name} from Settings.`;
    case "NoVerifiedEmail":
      return `Your ${name} account has no verified email address, so it can't be used to create an account. Verify an email address with ${name}, then try again.`;
    case "AccountInactive":
      return "This account can't sign in. Contact an administrator.";
    case "LinkedElsewhere":
    case "OAuthAccountNotLinked":
      return `That ${name} account is already connected to a different Gatehouse account.`;
    case "AddressUnproven":
      return `Confirm ${email ?? "your email address"} before connecting ${name}: open the link we emailed to it while signed in.`;
    case "OAuthCallbackError":
      return "The sign-in was cancelled or refused at the provider. You have not been signed in.";
    case "AccessDenied":
      return "The sign-in was refused. You have not been signed in.";
    case "MissingCSRF":
      return "The sign-in form expired. Please try again.";
    case "CredentialsSignin":
      return null;
    default:
      return GENERIC;
  }
}
