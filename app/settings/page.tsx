import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { ConfirmLink } from "@/components/ui/confirm-step";
import { SignOutEverywhereStep } from "@/components/settings/sign-out-everywhere-step";
import { listActiveSessions } from "@/lib/sessions/list-active-sessions";
import { listTokenFamilies } from "@/lib/tokens/list-token-families";
import { endedInWords } from "@/lib/sessions/ended-in-words";
import { ChangeNameForm, DeleteAccountForm } from "@/components/settings/account-forms";
import { changeNameAction, deleteAccountAction, signOutEverywhereAction } from "./actions";
import { DELETE_ACCOUNT_ANCHOR } from "./delete-account-anchor";

export const metadata: Metadata = { title: "Settings · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePermission("account:read", "/settings");
  const { confirm } = await searchParams;
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
      {confirm === "sign-out-everywhere" ? (
        <SignOutEverywhereStep what={await signedInWith(user.id)} action={signOutEverywhereAction} cancelHref="/settings" />
      ) : (
        <Card title="Sign out everywhere">
          <p className="mb-4 text-slate-700">Ends every session of your account, this one included.</p>
          <ConfirmLink href="/settings?confirm=sign-out-everywhere">Sign out everywhere…</ConfirmLink>
        </Card>
      )}
      <Card title="Delete your account" id={DELETE_ACCOUNT_ANCHOR}>
        <p className="mb-4 text-slate-700">
          Deleting your account signs out every device and app, removes your connected accounts, second factors and API keys, and cannot be undone. Your
          published posts stay, without your name. We may first ask you to confirm it is you.
        </p>
        <DeleteAccountForm action={deleteAccountAction} email={user.email} />
      </Card>
    </PageShell>
  );
}


async function signedInWith(userId: string): Promise<string> {
  const [sessions, families] = await Promise.all([listActiveSessions(userId), listTokenFamilies(userId)]);
  return endedInWords({ sessions: sessions.length, tokenFamilies: families.length });
}
