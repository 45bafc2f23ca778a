import type { Metadata } from "next";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { PasskeyButton } from "@/components/passkeys/passkey-button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { readPendingSignInCookie } from "@/lib/auth/pending-sign-in-cookie";
import { findPendingSignIn } from "@/lib/factors/find-pending-sign-in";
import { secondFactorStatus } from "@/lib/factors/second-factor-status";
import { relyingParty } from "@/lib/passkeys/relying-party";
import { verifySecondFactorAction } from "../../actions";
import { passkeySecondStepAction } from "../../passkey-actions";

export const metadata: Metadata = { title: "Verify it is you · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The second step of a sign-in. Only a live pending sign-in (a cookie set by the first step) gets
 * the form: a code from the authenticator app, one of the account's passkeys when it has any, and
 * always a recovery code.
 */
export default async function SecondFactorPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const raw = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  const callbackUrl = raw ? safeCallbackUrl(raw) : undefined;
  const pending = await findPendingSignIn(await readPendingSignInCookie());
  const factors = pending ? await secondFactorStatus(pending.userId) : null;
  const passkeys = factors !== null && factors.passkeys > 0 && relyingParty() !== null;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Verify it is you</h1>
      {pending && factors ? (
        <Card>
          <p className="mb-2 text-sm text-slate-700">
            Your account uses two-step verification.{" "}
            {passkeys
              ? factors.totp
                ? "Use one of your passkeys, or enter the code your authenticator app shows."
                : "Use one of your passkeys, or enter one of your recovery codes."
              : "Open your authenticator app and enter the code it shows."}
          </p>
          {passkeys ? (
            <div className="mb-4 border-b border-slate-200 pb-4">
              <PasskeyButton purpose="second-step" label="Use a passkey" pendingLabel="Waiting for your passkey…" action={passkeySecondStepAction} fields={{ callbackUrl }} className="w-full" />
            </div>
          ) : null}
          <SecondFactorForm
            action={verifySecondFactorAction}
            callbackUrl={callbackUrl}
            hint={factors.totp ? undefined : "One of your recovery codes, if you cannot use a passkey."}
          />
        </Card>
      ) : (
        <Notice tone="info" testId="pending-expired">
          This sign-in has expired or was already completed. <TextLink href="/login">Sign in again</TextLink>
        </Notice>
      )}
    </>
  );
}
