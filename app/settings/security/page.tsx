import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { ChangeEmailForm, ChangePasswordForm, SetPasswordLink } from "@/components/settings/security-forms";
import { changeEmailAction, changePasswordAction, sendSetPasswordLinkAction } from "./actions";
import { Card } from "@/components/ui/card";
import { listConnections } from "@/lib/accounts/list-connections";
import { requirePermission } from "@/lib/auth/dal";
import { settings } from "@/lib/config/settings";

export const metadata: Metadata = { title: "Security · Settings · Gatehouse" };

export default async function SecuritySettingsPage() {
  const { user } = await requirePermission("account:read", "/settings/security");
  const { hasPassword } = await listConnections(user.id);
  return (
    <PageShell title="Security" intro="Your password and the address your account uses.">
      {hasPassword ? (
        <>
          <Card title="Change password">
            <p className="mb-4 text-sm text-slate-700">Every other device signed in to your account is signed out; this one stays signed in.</p>
            <ChangePasswordForm action={changePasswordAction} minLength={settings().passwordMinLength} />
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
