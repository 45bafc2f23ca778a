"use client";

import { useMemo, useState, useTransition } from "react";
import { useForm, type FieldValues, type Path, type UseFormSetError } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  changeEmailAction,
  changePasswordAction,
  sendSetPasswordLinkAction,
  type SecurityFormResult,
} from "@/app/settings/security/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import {
  changeEmailSchema,
  changePasswordSchema,
  type ChangeEmailData,
  type ChangeEmailInput,
  type ChangePasswordData,
  type ChangePasswordInput,
} from "@/lib/validation/auth";

/** Runs a settings action and shows its outcome: inline field errors, a form error, or success. */
function useSecurityAction<T extends FieldValues>(setError: UseFormSetError<T>, onDone?: () => void) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const run = (call: () => Promise<SecurityFormResult>) => {
    setOutcome(null);
    startTransition(async () => {
      const result = await call();
      if (result.error) setOutcome({ tone: "error", message: result.error });
      if (result.done) {
        setOutcome({ tone: "success", message: result.done });
        onDone?.();
      }
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        setError(field as Path<T>, { message }, { shouldFocus: true });
      }
    });
  };
  const notice = outcome ? (
    <Notice tone={outcome.tone} testId={outcome.tone === "error" ? "form-error" : "form-done"}>
      {outcome.message}
    </Notice>
  ) : null;
  return { pending, run, notice };
}

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const schema = useMemo(() => changePasswordSchema({ minLength }), [minLength]);
  const { register, handleSubmit, setError, reset, formState: { errors } } = useForm<ChangePasswordInput, unknown, ChangePasswordData>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { currentPassword: "", password: "", confirmPassword: "" },
  });
  const { pending, run, notice } = useSecurityAction(setError, () => reset());

  return (
    <form onSubmit={handleSubmit((data) => run(() => changePasswordAction(data)))} noValidate className="max-w-md space-y-2" aria-label="Change password">
      {notice}
      <TextField label="Current password" type="password" autoComplete="current-password" {...register("currentPassword")} error={errors.currentPassword?.message} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minLength} characters.`}
        {...register("password")}
        error={errors.password?.message}
      />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" {...register("confirmPassword")} error={errors.confirmPassword?.message} />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Change password
      </Button>
    </form>
  );
}

export function ChangeEmailForm() {
  const { register, handleSubmit, setError, reset, formState: { errors } } = useForm<ChangeEmailInput, unknown, ChangeEmailData>({
    resolver: zodResolver(changeEmailSchema),
    mode: "onTouched",
    defaultValues: { newEmail: "", currentPassword: "" },
  });
  const { pending, run, notice } = useSecurityAction(setError, () => reset());

  return (
    <form onSubmit={handleSubmit((data) => run(() => changeEmailAction(data)))} noValidate className="max-w-md space-y-2" aria-label="Change email">
      {notice}
      <TextField label="New email" type="email" autoComplete="email" {...register("newEmail")} error={errors.newEmail?.message} />
      <TextField label="Current password" type="password" autoComplete="current-password" {...register("currentPassword")} error={errors.currentPassword?.message} />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send confirmation link
      </Button>
    </form>
  );
}

export function SetPasswordLink() {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<SecurityFormResult | null>(null);
  return (
    <div className="space-y-3">
      {result?.done ? <Notice tone="success" testId="form-done">{result.done}</Notice> : null}
      {result?.error ? <Notice tone="error" testId="form-error">{result.error}</Notice> : null}
      <Button type="button" pending={pending} pendingLabel="Sending…" onClick={() => startTransition(async () => setResult(await sendSetPasswordLinkAction()))}>
        Email me a link to set a password
      </Button>
    </div>
  );
}
