"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { requestContext } from "@/lib/http/request-context";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { readPasskeyBrowserToken } from "@/lib/auth/passkey-browser-cookie";
import { confirmIdentity, type IdentityProof } from "@/lib/sessions/confirm-identity";
import { confirmWithPasskeySchema, type PasskeyResult } from "@/lib/validation/passkeys";
import { fieldErrors } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/validation/form-result";
import { confirmWithCodeSchema, confirmWithPasswordSchema } from "@/lib/validation/factors";

async function confirm(proof: IdentityProof, next: string | undefined, field: "password" | "code" | "passkey"): Promise<FormResult> {
  const { user, sessionId } = await requirePermission("account:read");
  const result = await confirmIdentity({ userId: user.id, sessionId, proof, context: requestContext(await headers()) });
  if (result.status === "rate-limited") return { error: tooManyAttemptsMessage(result.retryAfterSeconds) };
  if (result.status === "wrong" && field === "passkey") return { error: "That passkey was not accepted. Try again." };
  if (result.status === "wrong") return { fieldErrors: { [field]: field === "password" ? "That is not your password" : "That code is not right" } };
  redirect(safeCallbackUrl(next));
}

export async function confirmWithPasswordAction(input: unknown): Promise<FormResult> {
  const parsed = confirmWithPasswordSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  return confirm({ password: parsed.data.password }, parsed.data.next, "password");
}

export async function confirmWithCodeAction(input: unknown): Promise<FormResult> {
  const parsed = confirmWithCodeSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  return confirm({ code: parsed.data.code }, parsed.data.next, "code");
}

export async function confirmWithPasskeyAction(input: unknown): Promise<PasskeyResult> {
  const parsed = confirmWithPasskeySchema.safeParse(input);
  if (!parsed.success) return { error: "That passkey was not accepted. Try again." };
  return confirm({ passkey: parsed.data.assertion, browser: await readPasskeyBrowserToken() }, parsed.data.next, "passkey");
}
