"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { loginSchema, type LoginData, type LoginInput } from "@/lib/validation/auth";
import { signInAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

export function LoginForm({ callbackUrl, rememberFor }: { callbackUrl?: string; rememberFor: string }) {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginInput, unknown, LoginData>({
    resolver: zodResolver(loginSchema),
    mode: "onTouched",
    defaultValues: { email: "", password: "", remember: false, callbackUrl },
  });

  const onSubmit = (data: LoginData) => {
    setFormError(null);
    startTransition(async () => {
      const result = await signInAction(data);
      if (result?.error) setFormError(result.error);
      for (const [field, message] of Object.entries(result?.fieldErrors ?? {})) {
        setError(field as keyof LoginInput, { message });
      }
    });
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2" aria-label="Sign in">
      <div className="min-h-12" aria-live="polite">
        {formError ? <Notice tone="error" testId="form-error">{formError}</Notice> : null}
      </div>
      <TextField label="Email" type="email" autoComplete="email" {...register("email")} error={errors.email?.message} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        {...register("password")}
        error={errors.password?.message}
      />
      <div className="flex flex-wrap items-center justify-between gap-2 pb-4">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" {...register("remember")} className="size-4 rounded border-slate-400 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-700" />
          Remember me for {rememberFor}
        </label>
        <TextLink href="/forgot-password" className="text-sm">
          Forgot password?
        </TextLink>
      </div>
      <Button type="submit" pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </Button>
      <p className="pt-4 text-center text-sm text-slate-700">
        New here? <TextLink href="/register">Create an account</TextLink>
      </p>
    </form>
  );
}
