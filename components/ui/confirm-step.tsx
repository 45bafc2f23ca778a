import Link from "next/link";
import type { ReactNode } from "react";
import { SubmitButton } from "./submit-button";

const BUTTON_LINK =
  "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700";

/**
 * The first step of a destructive action: a link to the same page with `?confirm=<what>`, so the
 * confirmation is a page of its own and works without JavaScript.
 */
export function ConfirmLink({ href, children, variant = "danger" }: { href: string; children: ReactNode; variant?: "danger" | "secondary" }) {
  const look = variant === "danger" ? "bg-red-700 text-white hover:bg-red-800" : "bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-100";
  return (
    <Link href={href} scroll={false} className={`${BUTTON_LINK} ${look}`}>
      {children}
    </Link>
  );
}

/**
 * The second step: says what will happen, then the form that does it (with its progress) or a
 * way back. A labelled region, so a screen reader lands on the question.
 */
export function ConfirmStep({
  title,
  children,
  action,
  fields = {},
  inputs,
  confirmLabel,
  pendingLabel,
  cancelHref,
}: {
  title: string;
  children: ReactNode;
  action: (form: FormData) => Promise<void>;
  fields?: Record<string, string>;
  /** Anything the person must fill in to confirm (a typed email), shown above the buttons. */
  inputs?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelHref: string;
}) {
  return (
    <section aria-labelledby="confirm-step-title" className="rounded-lg border border-red-300 bg-red-50 p-5" data-testid="confirm-step">
      <h2 id="confirm-step-title" className="text-lg font-semibold text-red-900">
        {title}
      </h2>
      <div className="mt-2 text-sm text-red-900">{children}</div>
      <form action={action} className="mt-4 flex flex-wrap items-center gap-3">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {inputs ? <div className="w-full">{inputs}</div> : null}
        <SubmitButton variant="danger" pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
        <Link href={cancelHref} scroll={false} className={`${BUTTON_LINK} bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-100`}>
          Cancel
        </Link>
      </form>
    </section>
  );
}
