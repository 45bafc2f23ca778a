"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { forgotPasswordSchema, type ForgotPasswordData, type ForgotPasswordInput } from "@/lib/validation/auth";
import { forgotPasswordAction } from "@/app/(auth)/email-actions";
import { lifetimeInWords } from "@/lib/email-tokens/purposes";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

export function ForgotPasswordForm() {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ForgotPasswordInput, unknown, ForgotPasswordData>({
    resolver: zodResolver(forgotPasswordSchema),
    mode: "onTouched",
    defaultValues: { email: "" },
  });

  const onSubmit = (data: ForgotPasswordData) => {
    setFormError(null);
    startTransition(async () => {
      const result = await forgotPasswordAction(data);
      if (result && "sentTo" in result) {
        setSentTo(result.sentTo);
        return;
      }
      if (result?.error) setFormError(result.error);
      for (const [field, message] of Object.entries(result?.fieldErrors ?? {})) {
        setError(field as keyof ForgotPasswordInput, { message }, { shouldFocus: true });
      }
    });
  };

  if (sentTo) {
    return (
      <Notice tone="success" testId="reset-requested">
        If {sentTo} belongs to an account, we have sent it a link to choose a new password. The link works for {lifetimeInWords("resetPassword")}.
        Nothing arrived? Check your spam folder, or ask again in a few minutes.
      </Notice>
    );
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2" aria-label="Reset password">
      {formError ? <Notice tone="error" testId="form-error">{formError}</Notice> : null}
      <TextField label="Email" type="email" autoComplete="email" {...register("email")} error={errors.email?.message} />
      <Button type="submit" pending={pending} pendingLabel="Sending…" className="w-full">
        Email me a reset link
      </Button>
      <p className="pt-4 text-center text-sm text-slate-700">
        Remembered it? <TextLink href="/login">Sign in</TextLink>
      </p>
    </form>
  );
}
