import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { hasPermission } from "@/lib/edge/roles";
import { listApiKeys, type ApiKeyRow } from "@/lib/api-keys/list-api-keys";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DateTime } from "@/components/ui/date-time";
import { CreateApiKeyForm } from "@/components/settings/api-key-form";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys · Settings · Gatehouse" };

function KeyList({ keys, showOwner, testId }: { keys: ApiKeyRow[]; showOwner: boolean; testId: string }) {
  if (keys.length === 0) return <p className="text-sm text-slate-600">No keys.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center justify-between gap-4 py-3" data-testid="api-key-row" data-prefix={key.prefix}>
          <div>
            <p className="font-medium">
              {key.name} <code className="ml-1 text-sm text-slate-600">{key.prefix}…</code>
            </p>
            <p className="text-sm text-slate-600">
              {showOwner ? `${key.owner.email} · ` : ""}
              {key.scopes.join(", ")} · created <DateTime value={key.createdAt} /> · {key.expiresAt ? <>expires <DateTime value={key.expiresAt} /></> : "never expires"} ·{" "}
              {key.lastUsedAt ? <>last used <DateTime value={key.lastUsedAt} /></> : "never used"}
            </p>
          </div>
          <form action={revokeApiKeyAction}>
            <input type="hidden" name="keyId" value={key.id} />
            <Button type="submit" variant="secondary">Revoke</Button>
          </form>
        </li>
      ))}
    </ul>
  );
}

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, permissions } = await requirePermission("account:read", "/settings/api-keys");
  const isAdmin = hasPermission(user.roles, "users:write");
  const [own, all] = await Promise.all([listApiKeys({ userId: user.id }), isAdmin ? listApiKeys() : Promise.resolve([])]);
  const { revoked, error } = await searchParams;
  return (
    <PageShell title="API keys" intro="Keys let a service call the Gatehouse API as you, with only the permissions you give the key. Send one as Authorization: Bearer.">
      {revoked ? <Notice tone="success" testId="api-keys-notice">The key was revoked.</Notice> : null}
      {error ? <Notice tone="error" testId="api-keys-error">That key could not be revoked.</Notice> : null}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">New key</h2>
        <CreateApiKeyForm permissions={[...permissions]} createAction={createApiKeyAction} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Your keys</h2>
        <KeyList keys={own} showOwner={false} testId="own-api-keys" />
      </Card>
      {isAdmin ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Every key</h2>
          <KeyList keys={all} showOwner testId="all-api-keys" />
        </Card>
      ) : null}
    </PageShell>
  );
}
