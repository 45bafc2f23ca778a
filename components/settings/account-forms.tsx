"use client";

import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { changeNameSchema, deleteAccountSchema, type ChangeNameData, type DeleteAccountData } from "@/lib/validation/account";
import type { FormAction } from "@/lib/validation/form-result";

export function ChangeNameForm({ action, name }: { action: FormAction<ChangeNameData>; name: string }) {
  const { field, pending, outcome, onSubmit } = useActionForm({ action, schema: changeNameSchema, defaultValues: { name } });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-md space-y-2" aria-label="Your name">
      <FormOutcomeNotice outcome={outcome} />
      <TextField label="Name" autoComplete="name" {...field("name")} />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save name
      </Button>
    </form>
  );
}

export function DeleteAccountForm({ action, email }: { action: FormAction<DeleteAccountData>; email: string }) {
  const { field, pending, outcome, onSubmit } = useActionForm({ action, schema: deleteAccountSchema, defaultValues: { confirmEmail: "" } });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-md space-y-2" aria-label="Delete your account">
      <FormOutcomeNotice outcome={outcome} />
      <TextField
        label="Type your email address to confirm"
        hint={`Type ${email}`}
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...field("confirmEmail")}
      />
      <Button type="submit" variant="danger" pending={pending} pendingLabel="Deleting your account…">
        Delete my account
      </Button>
    </form>
  );
}
