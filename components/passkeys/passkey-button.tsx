"use client";

import { useState, useTransition } from "react";
import type { AuthenticationResponseJSON } from "@simplewebauthn/browser";
import type { PasskeyResult } from "@/lib/validation/passkeys";
import { Button } from "@/components/ui/button";
import { LiveNotices } from "@/components/ui/notice";
import { askForPasskey } from "./ceremony";

type Props = {
  purpose: "second-step" | "confirm";
  label: string;
  pendingLabel: string;
  /** The page's server action, given the passkey's answer and `fields`; it redirects when it succeeds. */
  action: (input: { assertion: AuthenticationResponseJSON } & Record<string, unknown>) => Promise<PasskeyResult>;
  /** What else the action needs (where to go next). */
  fields?: Record<string, string | undefined>;
  variant?: "primary" | "secondary";
  className?: string;
};

/** One of the account's passkeys answers a challenge: the second step of a sign-in, or a fresh proof. */
export function PasskeyButton({ purpose, label, pendingLabel, action, fields, variant = "primary", className }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    setError(null);
    startTransition(async () => {
      const answer = await askForPasskey(purpose);
      if (!("assertion" in answer)) {
        setError(answer.error);
        return;
      }
      const result = await action({ ...fields, assertion: answer.assertion });
      if (result?.error) setError(result.error);
    });
  };
  return (
    <div className="space-y-2">
      <LiveNotices error={error} errorTestId="passkey-error" />
      <Button type="button" variant={variant} pending={pending} pendingLabel={pendingLabel} onClick={run} className={className}>
        {label}
      </Button>
    </div>
  );
}
