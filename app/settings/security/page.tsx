import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { ChangeEmailForm, ChangePasswordForm, SetPasswordLink } from "@/components/settings/security-forms";
import { changeEmailAction, changePasswordAction, sendSetPasswordLinkAction } from "./actions";
import { Card } from "@/components/ui/card";
import { listConnections } from "@/lib/accounts/list-connections";
import { requirePermission } from "@/lib/auth/dal";
import { settings } from "@/lib/config/settings";
import { ManageTwoFactor } from "@/components/settings/two-factor-forms";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { secondFactorStatus } from "@/lib/factors/second-factor-status";
import { regenerateRecoveryCodesAction, removeTotpAction } from "./two-factor-actions";
import { AddPasskeyForm, PasskeyList, TurnOnPasskeyTwoStep } from "@/components/settings/passkey-forms";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { relyingParty } from "@/lib/passkeys/relying-party";
import { addPasskeyAction, removePasskeyAction, renamePasskeyAction, turnOffPasskeyTwoStepAction, turnOnPasskeyTwoStepAction } from "./passkey-actions";

export const metadata: Metadata = { title: "Security · Settings · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecuritySettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePermission("account:read", "/settings/security");
  const [{ hasPassword }, factors, passkeys, params] = await Promise.all([listConnections(user.id), secondFactorStatus(user.id), listPasskeys(user.id), searchParams]);
  const left = factors.recoveryCodesLeft;
  return (
    <PageShell title="Security" intro="Your password, two-step verification and the address your account uses.">
      {params.recoveryCodeUsed ? (
        <Notice tone={left <= 3 ? "error" : "info"} testId="recovery-codes-left">
          You signed in with a recovery code, which no longer works. {left === 1 ? "1 recovery code is" : `${left} recovery codes are`} left
          {left <= 3 ? ": make new ones below." : "."}
        </Notice>
      ) : null}
      <Card title="Two-step verification">
        {factors.totp ? (
          <>
            <p className="mb-4 text-sm text-slate-700" data-testid="two-factor-status">
              On: sign-in asks for a code from your authenticator app{factors.passkeys > 0 ? " or one of your passkeys" : ""}. {left === 1 ? "1 recovery code" : `${left} recovery codes`} left.
            </p>
            <ManageTwoFactor regenerate={regenerateRecoveryCodesAction} remove={removeTotpAction} />
          </>
        ) : factors.on ? (
          <>
            <p className="mb-4 text-sm text-slate-700" data-testid="two-factor-status">
              On: signing in with your password, Google or GitHub also asks for one of your passkeys. {left === 1 ? "1 recovery code" : `${left} recovery codes`} left.{" "}
              <TextLink href="/settings/security/two-factor">Add an authenticator app</TextLink>
            </p>
            <ManageTwoFactor regenerate={regenerateRecoveryCodesAction} remove={turnOffPasskeyTwoStepAction} removeLabel="Turn off two-step verification" />
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700" data-testid="two-factor-status">
              Off. Add an authenticator app so that a stolen password alone does not open your account.{" "}
              <TextLink href="/settings/security/two-factor">Set up an authenticator app</TextLink>
            </p>
            {factors.passkeys > 0 ? <TurnOnPasskeyTwoStep action={turnOnPasskeyTwoStepAction} /> : null}
          </>
        )}
      </Card>
      <Card title="Passkeys">
        {relyingParty() ? (
          <div className="space-y-6">
            <p className="text-sm text-slate-700">
              A passkey signs you in with your fingerprint, face or device PIN instead of your password, and only ever on this site. Add one for each device you use.
            </p>
            <PasskeyList passkeys={passkeys} rename={renamePasskeyAction} remove={removePasskeyAction} />
            <AddPasskeyForm action={addPasskeyAction} />
          </div>
        ) : (
          <p className="text-sm text-slate-700">Passkeys need this server on https (AUTH_URL), or on localhost.</p>
        )}
      </Card>
      {hasPassword ? (
        <>
          <Card title="Change password">
            <p className="mb-4 text-sm text-slate-700">Every other device signed in to your account is signed out; this one stays signed in.</p>
            <ChangePasswordForm
              action={changePasswordAction}
              minLength={settings().passwordMinLength}
              minScore={settings().passwordMinScore}
              userInputs={[user.email, user.name]}
            />
          </Card>
          <Card title="Change email">
            <p className="mb-4 text-sm text-slate-700" data-testid="current-email">
              Your account uses {user.email}. We send a link to the new address, and tell the current one; the change happens when you open the link.
            </p>
            <ChangeEmailForm action={changeEmailAction} />
          </Card>
        </>
      ) : (
        <Card title="Set a password">
          <p className="mb-4 text-sm text-slate-700">
            You sign in with a connected account. To also sign in with {user.email} and a password, or to change your email, set a password first: we email you a link.
          </p>
          <SetPasswordLink action={sendSetPasswordLinkAction} />
        </Card>
      )}
    </PageShell>
  );
}
