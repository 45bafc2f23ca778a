"use client";

import { loginSchema, type LoginData } from "@/lib/validation/auth";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { PasskeySignIn, type PasskeySignInAction } from "./passkey-sign-in";

type Props = { action: FormAction<LoginData>; callbackUrl?: string; rememberFor: string; passkeyAction?: PasskeySignInAction };

export function LoginForm({ action, callbackUrl, rememberFor, passkeyAction }: Props) {
  const { register, getValues, field, pending, outcome, onSubmit } = useActionForm({
    action,
    schema: loginSchema,
    defaultValues: { email: "", password: "", remember: false, callbackUrl },
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Sign in">
      <FormOutcomeNotice outcome={outcome} />
      {/* "webauthn": the browser's autofill also offers this site's passkeys here (PasskeySignIn). */}
      <TextField label="Email" type="email" autoComplete="username webauthn" {...field("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        {...field("password")}
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
      {passkeyAction ? <PasskeySignIn action={passkeyAction} callbackUrl={callbackUrl} remember={() => getValues("remember")} /> : null}
      <p className="pt-4 text-center text-sm text-slate-700">
        New here? <TextLink href="/register">Create an account</TextLink>
      </p>
    </form>
  );
}
