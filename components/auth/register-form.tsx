"use client";

import { useMemo } from "react";
import { registerSchema, type RegisterData } from "@/lib/validation/auth";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

type Props = { action: FormAction<RegisterData>; minLength: number; minScore: number };

export function RegisterForm({ action, minLength, minScore }: Props) {
  const schema = useMemo(() => registerSchema({ minLength }), [minLength]);
  const { field, watch, pending, outcome, onSubmit } = useActionForm({
    action,
    schema,
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Create account">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Name" autoComplete="name" {...field("name")} />
      <TextField label="Email" type="email" autoComplete="email" {...field("email")} />
      <NewPasswordFields
        password={field("password")}
        confirmPassword={field("confirmPassword")}
        minLength={minLength}
        strength={{ password: watch("password"), userInputs: watch(["email", "name"]), minScore }}
      />
      <Button type="submit" pending={pending} pendingLabel="Creating account…" className="w-full">
        Create account
      </Button>
      <p className="pt-4 text-center text-sm text-slate-700">
        Already have an account? <TextLink href="/login">Sign in</TextLink>
      </p>
    </form>
  );
}
