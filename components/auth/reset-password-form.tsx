"use client";

import { useMemo, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { resetPasswordSchema, type ResetPasswordData, type ResetPasswordInput } from "@/lib/validation/auth";
import { resetPasswordAction } from "@/app/(auth)/email-actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

export function ResetPasswordForm({ minLength }: { minLength: number }) {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => resetPasswordSchema({ minLength }), [minLength]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ResetPasswordInput, unknown, ResetPasswordData>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { password: "", confirmPassword: "" },
  });

  const onSubmit = (data: ResetPasswordData) => {
    setFormError(null);
    startTransition(async () => {
      const result = await resetPasswordAction(data);
      if (result?.error) setFormError(result.error);
      for (const [field, message] of Object.entries(result?.fieldErrors ?? {})) {
        setError(field as keyof ResetPasswordInput, { message }, { shouldFocus: true });
      }
    });
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2" aria-label="Choose a new password">
      {formError ? <Notice tone="error" testId="form-error">{formError}</Notice> : null}
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minLength} characters. A long passphrase is best; spaces and any characters are welcome.`}
        {...register("password")}
        error={errors.password?.message}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        {...register("confirmPassword")}
        error={errors.confirmPassword?.message}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…" className="w-full">
        Set new password
      </Button>
    </form>
  );
}
