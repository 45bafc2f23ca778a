"use client";

import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { secondFactorSchema, type SecondFactorData, type SecondFactorInput } from "@/lib/validation/auth";
import { verifySecondFactorAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

export function SecondFactorForm({ callbackUrl }: { callbackUrl?: string }) {
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<{ message: string; expired: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SecondFactorInput, unknown, SecondFactorData>({
    resolver: zodResolver(secondFactorSchema),
    mode: "onSubmit",
    defaultValues: { code: "", callbackUrl },
  });

  const onSubmit = (data: SecondFactorData) => {
    setFormError(null);
    startTransition(async () => {
      const result = await verifySecondFactorAction(data);
      if (result?.error) setFormError({ message: result.error, expired: Boolean(result.expired) });
      if (result?.fieldErrors?.code) setError("code", { message: result.fieldErrors.code });
    });
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2" aria-label="Verify it is you">
      <div className="min-h-12" aria-live="polite">
        {formError ? (
          <Notice tone="error" testId="form-error">
            {formError.message} {formError.expired ? <TextLink href="/login">Sign in again</TextLink> : null}
          </Notice>
        ) : null}
      </div>
      <TextField
        label="Code"
        hint="The 6-digit code from your authenticator app, or one of your recovery codes."
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        {...register("code")}
        error={errors.code?.message}
      />
      <Button type="submit" pending={pending} pendingLabel="Verifying…" className="w-full">
        Verify
      </Button>
    </form>
  );
}
