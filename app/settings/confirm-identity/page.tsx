import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { ConfirmWithCodeForm, ConfirmWithPasswordForm } from "@/components/settings/confirm-identity-forms";
import { Card } from "@/components/ui/card";
import { listConnections } from "@/lib/accounts/list-connections";
import { requirePermission } from "@/lib/auth/dal";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { secondFactorStatus } from "@/lib/factors/second-factor-status";
import { PasskeyButton } from "@/components/passkeys/passkey-button";
import { relyingParty } from "@/lib/passkeys/relying-party";
import { confirmWithCodeAction, confirmWithPasskeyAction, confirmWithPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Confirm it is you · Settings · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Step-up: a dangerous action sent the person here; they prove who they are and go back to it. */
export default async function ConfirmIdentityPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePermission("account:read", "/settings/confirm-identity");
  const params = await searchParams;
  const next = safeCallbackUrl(Array.isArray(params.next) ? params.next[0] : params.next);
  const [{ hasPassword }, factors] = await Promise.all([listConnections(user.id), secondFactorStatus(user.id)]);
  const passkeys = factors.passkeys > 0 && relyingParty() !== null;
  return (
    <PageShell title="Confirm it is you" intro="This change needs a fresh proof that it is you: you signed in more than 10 minutes ago. You then go back to what you were doing.">
      {hasPassword ? (
        <Card title="Your password">
          <ConfirmWithPasswordForm action={confirmWithPasswordAction} next={next} />
        </Card>
      ) : null}
      {factors.totp ? (
        <Card title="Your authenticator app">
          <ConfirmWithCodeForm action={confirmWithCodeAction} next={next} />
        </Card>
      ) : null}
      {passkeys ? (
        <Card title="A passkey">
          <PasskeyButton purpose="confirm" label="Confirm with a passkey" pendingLabel="Waiting for your passkey…" action={confirmWithPasskeyAction} fields={{ next }} variant="secondary" />
        </Card>
      ) : null}
      {!hasPassword && !factors.totp && !passkeys ? (
        <Card title="Sign in again">
          <p className="text-sm text-slate-700">Your account has no password, authenticator app or passkey: sign out and sign in again with Google or GitHub, then retry.</p>
        </Card>
      ) : null}
    </PageShell>
  );
}
