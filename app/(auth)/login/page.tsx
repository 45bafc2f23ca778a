import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { providerSignInAction } from "../provider-actions";
import { signInAction } from "../actions";
import { passkeySignInAction } from "../passkey-actions";
import { relyingParty } from "@/lib/passkeys/relying-party";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { describeDuration } from "@/lib/config/duration";
import { settings } from "@/lib/config/settings";
import { SocialSignInButtons } from "@/components/auth/social-sign-in-buttons";
import { enabledSocialProviders } from "@/lib/auth/providers";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export const metadata: Metadata = { title: "Sign in · Gatehouse" };

const SESSION_ENDED: Record<string, string> = {
  "signed-out": "You have been signed out.",
  default: "Your session has ended. Please sign in again.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const first = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const callbackUrl = first("callbackUrl");
  const sessionEnded = first("sessionEnded");
  const providerError = signInErrorMessage(first("error"), first("provider"));

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Sign in to Gatehouse</h1>
      <div className="mb-4 space-y-3">
        {first("registered") ? (
          <Notice tone="success" testId="registered-notice">
            Thanks! If this email can be used, your account is ready: sign in with your email and password. We have sent
            a link to confirm your address.
          </Notice>
        ) : null}
        {first("passwordReset") ? (
          <Notice tone="success" testId="password-reset-notice">
            Your password has been changed and every device was signed out. Sign in with your new password.
          </Notice>
        ) : null}
        {first("signedOut") ? <Notice tone="info">{SESSION_ENDED["signed-out"]}</Notice> : null}
        {sessionEnded ? <Notice tone="info" testId="session-ended-notice">{SESSION_ENDED.default}</Notice> : null}
        {providerError ? <Notice tone="error" testId="sign-in-error">{providerError}</Notice> : null}
      </div>
      <Card>
        <LoginForm
          action={signInAction}
          callbackUrl={callbackUrl ? safeCallbackUrl(callbackUrl) : undefined}
          rememberFor={describeDuration(settings().session.rememberMaxAgeSeconds)}
          passkeyAction={relyingParty() ? passkeySignInAction : undefined}
        />
        <SocialSignInButtons action={providerSignInAction} providers={enabledSocialProviders()} callbackUrl={callbackUrl ? safeCallbackUrl(callbackUrl) : undefined} />
      </Card>
    </>
  );
}
