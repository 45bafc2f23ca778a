"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { LiveNotices, Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { confirmTotpSchema, type ConfirmTotpData, type TwoFactorResult } from "@/lib/validation/factors";

/** Shown once, right after they are made: the server keeps only their digests. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Save these recovery codes somewhere safe. Each works once, in place of a code from your app or a passkey. They are shown only now.
      </p>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-md bg-slate-100 p-4 font-mono text-sm" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}

/** The screen after two-step verification was turned on: what happened, the codes, the way on. */
export function TwoStepTurnedOn({ done, codes, next = "/settings/security" }: { done: string; codes: string[]; next?: string }) {
  return (
    <div className="space-y-4">
      <Notice tone="success" testId="form-done">
        {done}
      </Notice>
      <RecoveryCodes codes={codes} />
      <TextLink href={next}>{next === "/settings/security" ? "I have saved them: back to Security" : "I have saved them: continue"}</TextLink>
    </div>
  );
}

type TwoFactorAction = () => Promise<TwoFactorResult>;

/** `next`: where to go once the recovery codes are saved (a same-origin path the page checked). */
export function ConfirmTotpForm({ action, next }: { action: FormAction<ConfirmTotpData, TwoFactorResult>; next: string }) {
  const { field, pending, outcome, answer, onSubmit } = useActionForm({ action, schema: confirmTotpSchema, defaultValues: { code: "" } });

  if (answer?.recoveryCodes && answer.done) return <TwoStepTurnedOn done={answer.done} codes={answer.recoveryCodes} next={next} />;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Confirm your authenticator app">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Code from your app" autoComplete="one-time-code" inputMode="numeric" {...field("code")} />
      <Button type="submit" pending={pending} pendingLabel="Checking…">
        Turn on
      </Button>
    </form>
  );
}

/** The page passes its server actions in (components never import from app/). */
export function ManageTwoFactor({ regenerate, remove, removeLabel = "Remove authenticator app" }: { regenerate: TwoFactorAction; remove: TwoFactorAction; removeLabel?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<TwoFactorResult | null>(null);
  const run = (action: TwoFactorAction) => {
    setOutcome(null);
    startTransition(async () => {
      const result = await action();
      setOutcome(result);
      if (result.done && !result.recoveryCodes) router.refresh();
    });
  };
  return (
    <div className="space-y-4">
      <LiveNotices error={outcome?.error} done={outcome?.done} />
      {outcome?.recoveryCodes ? <RecoveryCodes codes={outcome.recoveryCodes} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" pending={pending} onClick={() => run(regenerate)}>
          Make new recovery codes
        </Button>
        <Button type="button" variant="danger" pending={pending} onClick={() => run(remove)}>
          {removeLabel}
        </Button>
      </div>
    </div>
  );
}
