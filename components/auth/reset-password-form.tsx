"use client";

import { useMemo } from "react";
import { resetPasswordSchema, type ResetPasswordData } from "@/lib/validation/auth";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = {
  action: FormAction<ResetPasswordData>;
  minLength: number;
  minScore: number;
  /** The address the link was sent to, which the server counts against the new password. */
  email: string;
};

export function ResetPasswordForm({ action, minLength, minScore, email }: Props) {
  const schema = useMemo(() => resetPasswordSchema({ minLength }), [minLength]);
  const { field, watch, pending, outcome, onSubmit } = useActionForm({ action, schema, defaultValues: { password: "", confirmPassword: "" } });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Choose a new password">
      <FormOutcomeNotice outcome={outcome} />
      <NewPasswordFields
        password={field("password")}
        confirmPassword={field("confirmPassword")}
        minLength={minLength}
        strength={{ password: watch("password"), userInputs: [email], minScore }}
        replacing
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…" className="w-full">
        Set new password
      </Button>
    </form>
  );
}
