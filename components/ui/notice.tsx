import type { ReactNode } from "react";

const TONES = {
  info: "border-indigo-200 bg-indigo-50 text-indigo-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  error: "border-red-200 bg-red-50 text-red-900",
};

/** A message box. Errors are announced (role=alert); other tones are polite status messages. */
export function Notice({ tone = "info", children, testId }: { tone?: keyof typeof TONES; children: ReactNode; testId?: string }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {children}
    </div>
  );
}

/**
 * The region a result's notices appear in: present from the first render and announced when a
 * notice arrives (a region added together with its text is not read out).
 */
export function LiveNotices({ error, done, errorTestId = "form-error", doneTestId = "form-done" }: { error?: string | null; done?: string | null; errorTestId?: string; doneTestId?: string }) {
  return (
    <div aria-live="polite">
      {error ? <Notice tone="error" testId={errorTestId}>{error}</Notice> : null}
      {done ? <Notice tone="success" testId={doneTestId}>{done}</Notice> : null}
    </div>
  );
}
