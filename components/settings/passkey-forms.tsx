"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { startRegistration, type PublicKeyCredentialCreationOptionsJSON, type RegistrationResponseJSON } from "@simplewebauthn/browser";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { passkeyErrorMessage, passkeyOptions } from "@/components/passkeys/ceremony";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { LiveNotices } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import type { TwoFactorResult } from "@/lib/validation/factors";
import type { FormAction } from "@/lib/validation/form-result";
import {
  newPasskeyNameSchema,
  renamePasskeySchema,
  type NewPasskeyNameData,
  type NewPasskeyNameInput,
  type PasskeyResult,
  type RenamePasskeyData,
} from "@/lib/validation/passkeys";
import { TwoStepTurnedOn } from "./two-factor-forms";

export type PasskeyRow = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; synced: boolean };

function Outcome({ result }: { result: PasskeyResult | null }) {
  return <LiveNotices error={result?.error} done={result?.done} errorTestId="passkey-error" doneTestId="passkey-done" />;
}

/**
 * Names the passkey, then asks the browser to make one (options from POST /auth/passkey, which
 * sends a session older than 10 minutes to confirm it is you first) and hands it to the server.
 */
export function AddPasskeyForm({ action }: { action: (input: { name: string; attestation: RegistrationResponseJSON }) => Promise<PasskeyResult> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<PasskeyResult | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<NewPasskeyNameInput, unknown, NewPasskeyNameData>({ resolver: zodResolver(newPasskeyNameSchema), defaultValues: { name: "" } });

  const onSubmit = ({ name }: NewPasskeyNameData) => {
    setResult(null);
    startTransition(async () => {
      const answer = await passkeyOptions<PublicKeyCredentialCreationOptionsJSON>("register");
      if ("confirm" in answer) {
        router.push(answer.confirm);
        return;
      }
      if ("error" in answer) {
        setResult({ error: answer.error });
        return;
      }
      let attestation: RegistrationResponseJSON;
      try {
        attestation = await startRegistration({ optionsJSON: answer.options });
      } catch (failure) {
        const message = passkeyErrorMessage(failure);
        if (message) setResult({ error: message });
        return;
      }
      const outcome = await action({ name, attestation });
      setResult(outcome ?? null);
      if (outcome?.done) {
        reset();
        router.refresh();
      }
    });
  };

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md space-y-2" aria-label="Add a passkey">
      <Outcome result={result} />
      <TextField label="Passkey name" hint="So you can tell your passkeys apart, e.g. “Work laptop” or “Phone”." autoComplete="off" {...register("name")} error={errors.name?.message} />
      <Button type="submit" pending={pending} pendingLabel="Waiting for your passkey…">
        Add a passkey
      </Button>
    </form>
  );
}

function RenameForm({ passkey, action, onClose }: { passkey: PasskeyRow; action: FormAction<RenamePasskeyData>; onClose: () => void }) {
  const router = useRouter();
  const { field, pending, outcome, onSubmit } = useActionForm({
    action: async (data: RenamePasskeyData) => {
      const result = await action(data);
      if (result?.done) {
        router.refresh();
        onClose();
      }
      return result;
    },
    schema: renamePasskeySchema,
    defaultValues: { passkeyId: passkey.id, name: passkey.name },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-2 max-w-md space-y-2" aria-label={`Rename ${passkey.name}`}>
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="New name" autoComplete="off" {...field("name")} />
      <div className="flex gap-2">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          Save name
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type ListProps = {
  passkeys: PasskeyRow[];
  rename: FormAction<RenamePasskeyData>;
  /** Removal asks for a fresh proof first (the action redirects to /settings/confirm-identity). */
  remove: (input: { passkeyId: string }) => Promise<PasskeyResult>;
};

/** The account's passkeys: name, when added, when last used; each can be renamed or removed. */
export function PasskeyList({ passkeys, rename, remove }: ListProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [result, setResult] = useState<PasskeyResult | null>(null);
  const removePasskey = (passkeyId: string) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await remove({ passkeyId });
      setResult(outcome ?? null);
      if (outcome?.done) router.refresh();
    });
  };
  return (
    <div className="space-y-3">
      <Outcome result={result} />
      {passkeys.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="no-passkeys">
          You have no passkeys yet.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label="Your passkeys" data-testid="passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="p-4" data-testid="passkey">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="text-sm">
                  <p className="font-semibold text-slate-900" data-testid="passkey-name">
                    {passkey.name}
                    {passkey.synced ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">Synced</span> : null}
                  </p>
                  <p className="text-slate-700">
                    Added <DateTime value={passkey.createdAt} /> · Last used <span data-testid="passkey-last-used"><DateTime value={passkey.lastUsedAt} fallback="never" /></span>
                  </p>
                </div>
                <div className="flex gap-2">
                  <Button type="button" variant="secondary" onClick={() => setRenaming(renaming === passkey.id ? null : passkey.id)} aria-expanded={renaming === passkey.id}>
                    Rename<span className="sr-only"> {passkey.name}</span>
                  </Button>
                  <Button type="button" variant="danger" pending={pending} onClick={() => removePasskey(passkey.id)}>
                    Remove<span className="sr-only"> {passkey.name}</span>
                  </Button>
                </div>
              </div>
              {renaming === passkey.id ? <RenameForm passkey={passkey} action={rename} onClose={() => setRenaming(null)} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** For an account with passkeys and no authenticator app: make them the second step after a password. */
export function TurnOnPasskeyTwoStep({ action }: { action: () => Promise<TwoFactorResult> }) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<TwoFactorResult | null>(null);
  if (outcome?.recoveryCodes && outcome.done) {
    return (
      <div className="mt-4">
        <TwoStepTurnedOn done={outcome.done} codes={outcome.recoveryCodes} />
      </div>
    );
  }
  return (
    <div className="mt-4 space-y-2">
      <p className="text-sm text-slate-700">
        Or use your passkeys: signing in with your password, Google or GitHub then also asks for one of them. Signing in with a passkey alone stays one step.
      </p>
      <LiveNotices error={outcome?.error} />
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            setOutcome(await action());
          })
        }
      >
        Use passkeys for two-step verification
      </Button>
    </div>
  );
}
