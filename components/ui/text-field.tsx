"use client";

import { forwardRef, useId, useState, type InputHTMLAttributes } from "react";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
  hint?: string;
};

/**
 * A labelled input whose error line always takes its space, so messages never shift the form.
 * A password field gets a Show/Hide toggle (typing on a phone, checking a long passphrase).
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, hint, id, className = "", type, ...rest },
  ref,
) {
  const [revealed, setRevealed] = useState(false);
  const generated = useId();
  const inputId = id ?? generated;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="relative mt-1">
        <input
          {...rest}
          type={type === "password" && revealed ? "text" : type}
          ref={ref}
          id={inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 ${
            type === "password" ? "pr-16" : ""
          } ${error ? "border-red-600" : "border-slate-300"}`}
        />
        {type === "password" ? (
          // Named by its text, not aria-label, so getByLabel(label) still finds only the input.
          <button
            type="button"
            onClick={() => setRevealed((shown) => !shown)}
            // Keeps the caret in the field: showing what you typed is not leaving the field.
            onMouseDown={(event) => event.preventDefault()}
            aria-controls={inputId}
            aria-pressed={revealed}
            data-testid="password-toggle"
            className="absolute inset-y-0 right-0 rounded-r-md px-3 text-sm font-medium text-indigo-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
          >
            {revealed ? "Hide" : "Show"}
            <span className="sr-only"> {label.toLowerCase()}</span>
          </button>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={errorId} className="mt-1 min-h-5 text-sm text-red-700" data-field-error={rest.name}>
        {error ?? ""}
      </p>
    </div>
  );
});
