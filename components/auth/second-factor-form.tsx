"use client";

import { secondFactorSchema, type SecondFactorData } from "@/lib/validation/auth";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Props = { action: FormAction<SecondFactorData>; callbackUrl?: string; hint?: string };

const CODE_HINT = "The 6-digit code from your authenticator app, or one of your recovery codes.";

export function SecondFactorForm({ action, callbackUrl, hint = CODE_HINT }: Props) {
  const { field, pending, outcome, onSubmit } = useActionForm({ action, schema: secondFactorSchema, defaultValues: { code: "", callbackUrl } });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Verify it is you">
      <FormOutcomeNotice outcome={outcome} />
      <TextField
        label="Code"
        hint={hint}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        {...field("code")}
      />
      <Button type="submit" pending={pending} pendingLabel="Verifying…" className="w-full">
        Verify
      </Button>
    </form>
  );
}
