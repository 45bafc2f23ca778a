import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { enabledSocialProviders } from "@/lib/auth/providers";
import { providerName } from "@/lib/edge/providers-catalog";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { listConnections } from "@/lib/accounts/list-connections";
import { PageShell } from "@/components/layout/page-shell";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Notice } from "@/components/ui/notice";
import { connectProviderAction, disconnectProviderAction } from "./actions";

export const metadata: Metadata = { title: "Connected accounts · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LAST_METHOD =
  "You can't disconnect your only way to sign in. Connect another provider first, or set a password.";

export default async function ConnectionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePermission("account:read", "/settings/connections");
  const params = await searchParams;
  const first = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const { hasPassword, accounts } = await listConnections(user.id);
  const providers = enabledSocialProviders();
  const error = first("error");
  const errorMessage = error === "LastMethod" ? LAST_METHOD : signInErrorMessage(error, first("provider"), user.email);
  const connected = first("connected");
  const disconnected = first("disconnected");
  const onlyMethod = !hasPassword && accounts.length === 1;

  return (
    <PageShell title="Connected accounts" intro="The ways you can sign in to Gatehouse.">
      {errorMessage ? <Notice tone="error" testId="connections-error">{errorMessage}</Notice> : null}
      {connected && !errorMessage ? <Notice tone="success" testId="connections-notice">{providerName(connected)} is connected.</Notice> : null}
      {disconnected ? <Notice tone="success" testId="connections-notice">{providerName(disconnected)} is disconnected.</Notice> : null}
      <Card title="Sign-in methods">
        <ul className="divide-y divide-slate-200" data-testid="connections">
          <li className="flex items-center justify-between gap-4 py-3" data-testid="connection-password">
            <span className="font-medium">Password</span>
            <span className="text-sm text-slate-700">{hasPassword ? "Set" : "Not set"}</span>
          </li>
          {accounts.map((account) => (
            <li key={account.id} className="flex flex-wrap items-center justify-between gap-4 py-3" data-testid={`connection-${account.provider}`}>
              <span>
                <span className="font-medium">{providerName(account.provider)}</span>{" "}
                <span className="text-sm text-slate-700">
                  connected <DateTime value={account.linkedAt} />
                </span>
              </span>
              <form action={disconnectProviderAction}>
                <input type="hidden" name="accountId" value={account.id} />
                <Button type="submit" variant="secondary" aria-describedby={onlyMethod ? "only-method" : undefined}>
                  Disconnect {providerName(account.provider)}
                </Button>
              </form>
            </li>
          ))}
        </ul>
        {onlyMethod ? (
          <p id="only-method" className="mt-3 text-sm text-slate-700">
            This is your only way to sign in: connect another provider or set a password before disconnecting it.
          </p>
        ) : null}
      </Card>
      {providers.length > 0 ? (
        <Card title="Connect a provider">
          <div className="flex flex-wrap gap-3">
            {providers.map((provider) => (
              <form key={provider.id} action={connectProviderAction}>
                <input type="hidden" name="provider" value={provider.id} />
                <Button type="submit" variant="secondary">
                  Connect {provider.name}
                </Button>
              </form>
            ))}
          </div>
        </Card>
      ) : null}
    </PageShell>
  );
}
