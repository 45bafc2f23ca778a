"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { FormResult } from "@/lib/validation/form-result";
import { POST_BODY_MAX, POST_TITLE_MAX } from "@/lib/validation/posts";

type Props = {
  action: (previous: FormResult, form: FormData) => Promise<FormResult>;
  post?: { id: string; title: string; body: string };
  submitLabel: string;
};

export function PostForm({ action, post, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-2" noValidate>
      {post ? <input type="hidden" name="postId" value={post.id} /> : null}
      <TextField label="Title" name="title" defaultValue={post?.title} maxLength={POST_TITLE_MAX} error={errors.title} required />
      <div>
        <label htmlFor="post-body" className="block text-sm font-medium text-slate-800">Body (Markdown)</label>
        <textarea
          id="post-body"
          name="body"
          rows={14}
          maxLength={POST_BODY_MAX}
          defaultValue={post?.body}
          aria-invalid={errors.body ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm"
        />
        <p className="mt-1 min-h-5 text-sm text-red-700" data-field-error="body">{errors.body ?? ""}</p>
      </div>
      <Button type="submit" pending={pending} pendingLabel="Saving…">{submitLabel}</Button>
    </form>
  );
}
