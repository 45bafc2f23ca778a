"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { emailLinkProblem } from "@/lib/users/email-link-problems";
import type { ConfirmEmailLinkResult } from "@/lib/users/confirm-email-link";

type Props = {
  /** The confirm server action, passed in by the page. */
  confirmAction: (previous: ConfirmEmailLinkResult | null, form: FormData) => Promise<ConfirmEmailLinkResult>;
  token: string;
  label: string;
};

/** The confirm button of /verify-email; success lands on /verify-email/confirmed. */
export function ConfirmEmailLinkForm({ confirmAction, token, label }: Props) {
  const [result, action, pending] = useActionState(confirmAction, null);

  const problem =
    result?.status === "refused"
      ? emailLinkProblem(result.verdict).message
      : result?.status === "email-taken"
        ? "Another account started using this address after you asked for the change, so your address was not changed."
        : result?.status === "sign-in-required"
          ? "Sign in to the account this link was sent for, then open the link again."
          : null;

  return (
    <form action={action} className="space-y-4">
      {problem ? <Notice tone="error" testId="form-error">{problem}</Notice> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending} pendingLabel="Confirming…">
        {label}
      </Button>
    </form>
  );
}
