"use client";

import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormRegisterReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { FormAction, FormResult } from "@/lib/validation/form-result";

export type FormOutcome = { tone: "error" | "success"; message: string };

export type FieldProps = UseFormRegisterReturn & { error?: string };

export type UseActionFormOptions<TInput extends FieldValues, TData, TResult extends FormResult = FormResult> = {
  /** The same zod schema the server action parses with. */
  schema: z.ZodType<TData, TInput>;
  defaultValues: DefaultValues<TInput>;
  /** The server action, passed in by the page (components never import from app/). */
  action: FormAction<TData, TResult>;
  /** Empty the fields once the action reports success (settings forms). */
  resetOnDone?: boolean;
};

/**
 * react-hook-form plus a server action, the one pipeline of every form: validates with the
 * schema as the user types, runs the action in a transition (pending), and shows what came
 * back — field errors on their fields (focused), a form error, or a success message — and the
 * answer itself, for a form that shows more once it is done.
 */
export function useActionForm<TInput extends FieldValues, TData, TResult extends FormResult = FormResult>({
  schema,
  defaultValues,
  action,
  resetOnDone = false,
}: UseActionFormOptions<TInput, TData, TResult>) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const [answer, setAnswer] = useState<TResult | null>(null);
  const form = useForm<TInput, unknown, TData>({ resolver: zodResolver(schema), mode: "onTouched", defaultValues });

  const onSubmit = form.handleSubmit((data) => {
    setOutcome(null);
    setAnswer(null);
    startTransition(async () => {
      const result = await action(data);
      setAnswer(result);
      if (result?.error) setOutcome({ tone: "error", message: result.error });
      if (result?.done) {
        setOutcome({ tone: "success", message: result.done });
        if (resetOnDone) form.reset();
      }
      for (const [field, message] of Object.entries(result?.fieldErrors ?? {})) {
        form.setError(field as Path<TInput>, { message }, { shouldFocus: true });
      }
    });
  });

  /**
   * What a TextField needs for one field: its registration and its error message. Before the
   * first submit an error shows only once something was typed and the field was left: tabbing
   * through, or leaving a field empty on the way to a link, turns nothing red.
   */
  const field = (name: Path<TInput>): FieldProps => {
    const state = form.getFieldState(name, form.formState);
    const judged = form.formState.isSubmitted || (state.isTouched && state.isDirty);
    return { ...form.register(name), error: judged ? state.error?.message : undefined };
  };

  return { register: form.register, watch: form.watch, getValues: form.getValues, field, pending, outcome, answer, onSubmit };
}
