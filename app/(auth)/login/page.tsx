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
import { sendSignedInVisitorOn } from "@/lib/auth/signed-in-visitor";
import { countParam, endedInWords } from "@/lib/sessions/ended-in-words";

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
  const errorCode = first("error");
  const signedIn = await sendSignedInVisitorOn({
    callbackUrl,
    prompt: first("prompt"),
    providerError: errorCode ? { code: errorCode, provider: first("provider") } : undefined,
  });
  const providerError = signInErrorMessage(errorCode, first("provider"));
  const safeCallback = callbackUrl ? safeCallbackUrl(callbackUrl) : undefined;

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Sign in to Gatehouse</h1>
      <div className="mb-4 space-y-3">
        {signedIn ? (
          <Notice tone="info" testId="signed-in-as">
            You are signed in as {signedIn.user.email}. Signing in to another account here signs that one out in this browser.
          </Notice>
        ) : null}
        {first("passwordReset") ? (
          <Notice tone="success" testId="password-reset-notice">
            Your password has been changed and every device was signed out. Sign in with your new password.
          </Notice>
        ) : null}
        {first("signedOut") ? <Notice tone="info">{SESSION_ENDED["signed-out"]}</Notice> : null}
        {first("signedOutDevices") ? (
          <Notice tone="info" testId="signed-out-everywhere-notice">
            You signed out of {endedInWords({ sessions: countParam(params.signedOutDevices), tokenFamilies: countParam(params.signedOutApps) })}, this one included.
          </Notice>
        ) : null}
        {sessionEnded ? <Notice tone="info" testId="session-ended-notice">{SESSION_ENDED.default}</Notice> : null}
        {providerError ? <Notice tone="error" testId="sign-in-error">{providerError}</Notice> : null}
      </div>
      <Card>
        <SocialSignInButtons action={providerSignInAction} providers={enabledSocialProviders()} callbackUrl={safeCallback} />
        <LoginForm
          action={signInAction}
          callbackUrl={safeCallback}
          rememberFor={describeDuration(settings().session.rememberMaxAgeSeconds)}
          passkeyAction={relyingParty() ? passkeySignInAction : undefined}
        />
      </Card>
    </>
  );
}
