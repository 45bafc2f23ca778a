"use client";

import { forgotPasswordSchema, type ForgotPasswordData } from "@/lib/validation/auth";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

type Props = { action: FormAction<ForgotPasswordData> };

export function ForgotPasswordForm({ action }: Props) {
  const { field, pending, outcome, onSubmit } = useActionForm({ action, schema: forgotPasswordSchema, defaultValues: { email: "" } });

  // The same answer whether or not the address has an account, in place of the form.
  if (outcome?.tone === "success") {
    return (
      <Notice tone="success" testId="reset-requested">
        {outcome.message}
      </Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Reset password">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Email" type="email" autoComplete="email" {...field("email")} />
      <Button type="submit" pending={pending} pendingLabel="Sending…" className="w-full">
        Email me a reset link
      </Button>
      <p className="pt-4 text-center text-sm text-slate-700">
        Remembered it? <TextLink href="/login">Sign in</TextLink>
      </p>
    </form>
  );
}
