"use client";

import { confirmWithCodeSchema, confirmWithPasswordSchema, type ConfirmWithCodeData, type ConfirmWithPasswordData } from "@/lib/validation/factors";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ConfirmWithPasswordForm({ action, next }: { action: FormAction<ConfirmWithPasswordData>; next: string }) {
  const { field, pending, outcome, onSubmit } = useActionForm({ action, schema: confirmWithPasswordSchema, defaultValues: { password: "", next } });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Confirm with your password">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Your password" type="password" autoComplete="current-password" {...field("password")} />
      <Button type="submit" pending={pending} pendingLabel="Checking…">
        Confirm with password
      </Button>
    </form>
  );
}

export function ConfirmWithCodeForm({ action, next }: { action: FormAction<ConfirmWithCodeData>; next: string }) {
  const { field, pending, outcome, onSubmit } = useActionForm({ action, schema: confirmWithCodeSchema, defaultValues: { code: "", next } });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Confirm with your authenticator app">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Code from your authenticator app" autoComplete="one-time-code" inputMode="numeric" {...field("code")} />
      <Button type="submit" pending={pending} pendingLabel="Checking…">
        Confirm with code
      </Button>
    </form>
  );
}
