import { Notice } from "@/components/ui/notice";
import type { FormOutcome } from "./use-action-form";

/** A form's error or success message, as every form shows it. */
export function FormOutcomeNotice({ outcome }: { outcome: FormOutcome | null }) {
  if (!outcome) return null;
  return (
    <Notice tone={outcome.tone} testId={outcome.tone === "error" ? "form-error" : "form-done"}>
      {outcome.message}
    </Notice>
  );
}
