"use server";

import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { requestContext } from "@/lib/http/request-context";
import { savePost } from "@/lib/posts/save-post";
import { setPostStatus } from "@/lib/posts/set-post-status";
import { fieldErrors } from "@/lib/validation/auth";
import { postFieldsSchema, postStatusSchema, updatePostSchema } from "@/lib/validation/posts";
import type { FormResult } from "@/lib/validation/form-result";
import { parseFormData } from "@/lib/validation/parse-form-data";

function refuse(reason: "not-found" | "forbidden"): never {
  if (reason === "not-found") notFound();
  forbidden();
}

export async function createPostAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const { user } = await requirePermission("editor:access");
  const parsed = parseFormData(postFieldsSchema, form);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const result = await savePost({ actor: user, fields: parsed.data });
  if (!result.ok) refuse(result.reason);
  redirect(`/editor/posts/${result.postId}?saved=1`);
}

export async function updatePostAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const { user } = await requirePermission("editor:access");
  const parsed = parseFormData(updatePostSchema, form);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { postId, ...fields } = parsed.data;
  const result = await savePost({ actor: user, postId, fields });
  if (!result.ok) refuse(result.reason);
  redirect(`/editor/posts/${postId}?saved=1`);
}

export async function setPostStatusAction(form: FormData): Promise<void> {
  const { user } = await requirePermission("editor:access");
  const parsed = parseFormData(postStatusSchema, form);
  if (!parsed.success) notFound();
  const { postId, publish } = parsed.data;
  const result = await setPostStatus({ actor: user, postId, publish, context: requestContext(await headers()) });
  if (!result.ok) refuse(result.reason);
  redirect(`/editor/posts/${postId}?${publish ? "published" : "unpublished"}=1`);
}
