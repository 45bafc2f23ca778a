"use client";

import { useMemo, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { registerSchema, type RegisterData, type RegisterInput } from "@/lib/validation/auth";
import { registerAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";

export function RegisterForm({ minLength }: { minLength: number }) {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => registerSchema({ minLength }), [minLength]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RegisterInput, unknown, RegisterData>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
  });

  const onSubmit = (data: RegisterData) => {
    setFormError(null);
    startTransition(async () => {
      const result = await registerAction(data);
      if (result?.error) setFormError(result.error);
      for (const [field, message] of Object.entries(result?.fieldErrors ?? {})) {
        setError(field as keyof RegisterInput, { message }, { shouldFocus: true });
      }
    });
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2" aria-label="Create account">
      {formError ? <Notice tone="error" testId="form-error">{formError}</Notice> : null}
      <TextField label="Name" autoComplete="name" {...register("name")} error={errors.name?.message} />
      <TextField label="Email" type="email" autoComplete="email" {...register("email")} error={errors.email?.message} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minLength} characters. A long passphrase is best; spaces and any characters are welcome.`}
        {...register("password")}
        error={errors.password?.message}
      />
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        {...register("confirmPassword")}
        error={errors.confirmPassword?.message}
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
