"use client";

import { useActionState } from "react";
import type { CreateApiKeyState } from "@/lib/validation/api-keys";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

/** The create form; the new key is shown here once and never again. */
export function CreateApiKeyForm({
  permissions,
  createAction,
}: {
  permissions: string[];
  createAction: (previous: CreateApiKeyState, form: FormData) => Promise<CreateApiKeyState>;
}) {
  const [state, action, pending] = useActionState<CreateApiKeyState, FormData>(createAction, {});
  return (
    <div className="space-y-4">
      {state.key ? (
        <Notice tone="success" testId="new-api-key">
          <p>
            Copy the key for <strong>{state.name}</strong> now: it will not be shown again.
          </p>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900" data-testid="new-api-key-value">
            {state.key}
          </code>
        </Notice>
      ) : null}
      {state.error ? <Notice tone="error" testId="form-error">{state.error}</Notice> : null}
      <form action={action} className="max-w-md space-y-3" aria-label="Create an API key">
        <TextField label="Name" name="name" required maxLength={64} hint="What uses it, e.g. “Nightly export”." />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Permissions</legend>
          {permissions.map((permission) => (
            <label key={permission} className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="scopes" value={permission} />
              <code>{permission}</code>
            </label>
          ))}
        </fieldset>
        <label className="block text-sm font-medium text-slate-800">
          Expires
          <select name="expiresInDays" defaultValue="90" className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="never">never</option>
          </select>
        </label>
        <Button type="submit" pending={pending} pendingLabel="Creating…">Create key</Button>
      </form>
    </div>
  );
}
