"use client";

import { useActionState } from "react";
import { confirmEmailLinkAction } from "@/app/(auth)/email-actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { emailLinkProblem } from "@/lib/users/email-link-problems";

/** The confirm button of /verify-email; success lands on /verify-email/confirmed. */
export function ConfirmEmailLinkForm({ token, label }: { token: string; label: string }) {
  const [result, action, pending] = useActionState(confirmEmailLinkAction, null);

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
