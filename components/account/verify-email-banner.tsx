"use client";

import { useState, useTransition } from "react";
import type { FormResult } from "@/lib/validation/form-result";

type Props = { email: string; resendAction: () => Promise<FormResult> };

/** Shown on every page to a signed-in user whose address is not confirmed yet. */
export function VerifyEmailBanner({ email, resendAction }: Props) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<FormResult>(undefined);

  const resend = () => startTransition(async () => setResult(await resendAction()));

  return (
    <div role="region" aria-label="Email confirmation" data-testid="verify-email-banner" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm text-amber-950">
        <p className="flex-1">
          {result?.done ?? `Please confirm ${email}: open the link we emailed you.`}
        </p>
        {result?.error ? (
          <p role="alert" className="font-medium text-red-800">
            {result.error}
          </p>
        ) : null}
        <button
          type="button"
          onClick={resend}
          disabled={pending}
          className="rounded-md border border-amber-300 bg-white px-3 py-1 font-semibold text-amber-950 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-indigo-700 disabled:opacity-60"
        >
          {pending ? "Sending…" : "Resend the link"}
        </button>
      </div>
    </div>
  );
}
