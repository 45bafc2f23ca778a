import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ChangeNameForm, DeleteAccountForm } from "@/components/settings/account-forms";
import { changeNameAction, deleteAccountAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Settings · Gatehouse" };

export default async function SettingsPage() {
  const { user } = await requirePermission("account:read", "/settings");
  return (
    <PageShell title="Settings" intro="Your account and where it is signed in.">
      <Card title="Account">
        <p className="mb-4 text-slate-700" data-testid="settings-account">
          {user.name ?? "No name"} · {user.email}
        </p>
        <ChangeNameForm action={changeNameAction} name={user.name ?? ""} />
      </Card>
      <Card title="Your data">
        <p className="mb-4 text-slate-700">
          One JSON file with your profile, connected accounts, sessions, API keys, security events and posts. It holds no password, code or key.
        </p>
        <a
          href="/settings/data"
          download
          className="inline-flex items-center justify-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
        >
          Download your data
        </a>
      </Card>
      <Card title="Sign out everywhere">
        <p className="mb-4 text-slate-700">Ends every session of your account, this one included.</p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="danger">Sign out everywhere</Button>
        </form>
      </Card>
      <Card title="Delete your account">
        <p className="mb-4 text-slate-700">
          Deleting your account signs out every device and app, removes your connected accounts, second factors and API keys, and cannot be undone. Your
          published posts stay, without your name. We may first ask you to confirm it is you.
        </p>
        <DeleteAccountForm action={deleteAccountAction} email={user.email} />
      </Card>
    </PageShell>
  );
}
