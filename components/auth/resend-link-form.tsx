"use client";

import { z } from "zod";
import type { FormAction } from "@/lib/validation/form-result";
import { FormOutcomeNotice } from "@/components/forms/form-outcome-notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

// The button sends nothing but itself: the server knows which address this browser registered.
const noFields = z.object({});

/** "Send the link again" on the page that follows registration. */
export function ResendLinkForm({ action }: { action: FormAction<Record<string, never>> }) {
  const { pending, outcome, onSubmit } = useActionForm({ action, schema: noFields, defaultValues: {} });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Send the link again">
      <FormOutcomeNotice outcome={outcome} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Sending…" className="w-full">
        Send the link again
      </Button>
    </form>
  );
}
