import type { Metadata } from "next";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { readPendingSignInCookie } from "@/lib/auth/pending-sign-in-cookie";
import { findPendingSignIn } from "@/lib/factors/find-pending-sign-in";
import { verifySecondFactorAction } from "../../actions";

export const metadata: Metadata = { title: "Verify it is you · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The second step of a sign-in. Only a live pending sign-in (a cookie set by the first step) gets the form. */
export default async function SecondFactorPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const raw = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  const pending = await findPendingSignIn(await readPendingSignInCookie());
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Verify it is you</h1>
      {pending ? (
        <Card>
          <p className="mb-2 text-sm text-slate-700">Your account uses two-step verification. Open your authenticator app and enter the code it shows.</p>
          <SecondFactorForm action={verifySecondFactorAction} callbackUrl={raw ? safeCallbackUrl(raw) : undefined} />
        </Card>
      ) : (
        <Notice tone="info" testId="pending-expired">
          This sign-in has expired or was already completed. <TextLink href="/login">Sign in again</TextLink>
        </Notice>
      )}
    </>
  );
}
