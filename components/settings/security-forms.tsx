"use client";

import { useMemo, useState, useTransition } from "react";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { changeEmailSchema, changePasswordSchema, type ChangeEmailData, type ChangePasswordData } from "@/lib/validation/auth";
import type { FormAction, FormResult } from "@/lib/validation/form-result";

type ChangePasswordProps = {
  action: FormAction<ChangePasswordData>;
  minLength: number;
  minScore: number;
  /** The account's email and name, which the server counts against a new password. */
  userInputs: (string | null)[];
};

export function ChangePasswordForm({ action, minLength, minScore, userInputs }: ChangePasswordProps) {
  const schema = useMemo(() => changePasswordSchema({ minLength }), [minLength]);
  const { field, watch, pending, outcome, onSubmit } = useActionForm({
    action,
    resetOnDone: true,
    schema,
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-md space-y-2" aria-label="Change password">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Current password" type="password" autoComplete="current-password" {...field("currentPassword")} />
      <NewPasswordFields
        password={field("password")}
        confirmPassword={field("confirmPassword")}
        minLength={minLength}
        strength={{ password: watch("password"), userInputs, minScore }}
        replacing
        encourage={false}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Change password
      </Button>
    </form>
  );
}

export function ChangeEmailForm({ action }: { action: FormAction<ChangeEmailData> }) {
  const { field, pending, outcome, onSubmit } = useActionForm({
    action,
    resetOnDone: true,
    schema: changeEmailSchema,
    defaultValues: { newEmail: "", currentPassword: "" },
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-md space-y-2" aria-label="Change email">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="New email" type="email" autoComplete="email" {...field("newEmail")} />
      <TextField label="Current password" type="password" autoComplete="current-password" {...field("currentPassword")} />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send confirmation link
      </Button>
    </form>
  );
}

export function SetPasswordLink({ action }: { action: () => Promise<FormResult> }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<FormResult>(undefined);
  return (
    <div className="space-y-3">
      {result?.done ? <Notice tone="success" testId="form-done">{result.done}</Notice> : null}
      {result?.error ? <Notice tone="error" testId="form-error">{result.error}</Notice> : null}
      <Button type="button" pending={pending} pendingLabel="Sending…" onClick={() => startTransition(async () => setResult(await action()))}>
        Email me a link to set a password
      </Button>
    </div>
  );
}
