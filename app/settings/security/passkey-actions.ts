"use server";

import { headers } from "next/headers";
import { requirePermission } from "@/lib/auth/dal";
import { readPasskeyBrowserToken } from "@/lib/auth/passkey-browser-cookie";
import { requireRecentAuthentication } from "@/lib/auth/require-recent-authentication";
import { now } from "@/lib/clock";
import { turnOffPasskeyTwoStep, turnOnPasskeyTwoStep } from "@/lib/factors/turn-passkey-two-step";
import { requestContext } from "@/lib/http/request-context";
import { finishRegistration } from "@/lib/passkeys/finish-registration";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import { renamePasskey } from "@/lib/passkeys/rename-passkey";
import { fieldErrors } from "@/lib/validation/auth";
import type { TwoFactorResult } from "@/lib/validation/factors";
import type { FormResult } from "@/lib/validation/form-result";
import { addPasskeySchema, passkeyIdSchema, renamePasskeySchema, type PasskeyResult } from "@/lib/validation/passkeys";

const RETURN_TO = "/settings/security";

/** Keeps the passkey the browser just made (its options came from POST /auth/passkey, after a fresh proof). */
export async function addPasskeyAction(input: unknown): Promise<PasskeyResult> {
  const { user, sessionId } = await requirePermission("account:read");
  await requireRecentAuthentication(sessionId, RETURN_TO);
  const parsed = addPasskeySchema.safeParse(input);
  if (!parsed.success) return { error: fieldErrors(parsed.error).name ?? "The passkey could not be added. Try again." };
  const result = await finishRegistration({
    userId: user.id,
    name: parsed.data.name,
    attestation: parsed.data.attestation,
    browser: await readPasskeyBrowserToken(),
    context: requestContext(await headers()),
    now: now(),
  });
  switch (result.status) {
    case "added":
      return { done: `Passkey “${parsed.data.name}” added. You can now sign in with it.` };
    case "too-many":
      return { error: "You have as many passkeys as an account may hold. Remove one first." };
    case "expired":
      return { error: "The passkey prompt took too long. Try again." };
    case "refused":
      return { error: "The passkey could not be added. Try again." };
  }
}

export async function renamePasskeyAction(input: unknown): Promise<FormResult> {
  const { user } = await requirePermission("account:read");
  const parsed = renamePasskeySchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { renamed } = await renamePasskey({ userId: user.id, passkeyId: parsed.data.passkeyId, name: parsed.data.name });
  return renamed ? { done: `Renamed to “${parsed.data.name}”.` } : { error: "That passkey no longer exists." };
}

/** Removing a passkey is removing a way in: it needs a proof from the last 10 minutes. */
export async function removePasskeyAction(input: unknown): Promise<PasskeyResult> {
  const { user, sessionId } = await requirePermission("account:read");
  await requireRecentAuthentication(sessionId, RETURN_TO);
  const parsed = passkeyIdSchema.safeParse(input);
  if (!parsed.success) return { error: "That passkey no longer exists." };
  const result = await removePasskey({ userId: user.id, passkeyId: parsed.data.passkeyId, context: requestContext(await headers()) });
  if (!result.removed) return { error: "That passkey no longer exists." };
  return { done: `Passkey “${result.name}” removed.${result.twoStepEnded ? " Two-step verification is off." : ""}` };
}

export async function turnOnPasskeyTwoStepAction(): Promise<TwoFactorResult> {
  const { user } = await requirePermission("account:read");
  const result = await turnOnPasskeyTwoStep({ userId: user.id, context: requestContext(await headers()) });
  switch (result.status) {
    case "on":
      return { done: "Two-step verification is on: signing in with your password now also asks for a passkey.", recoveryCodes: result.recoveryCodes };
    case "no-passkey":
      return { error: "Add a passkey first." };
    case "already-on":
      return { error: "Two-step verification is already on." };
  }
}

export async function turnOffPasskeyTwoStepAction(): Promise<TwoFactorResult> {
  const { user, sessionId } = await requirePermission("account:read");
  await requireRecentAuthentication(sessionId, RETURN_TO);
  const { turnedOff } = await turnOffPasskeyTwoStep({ userId: user.id, context: requestContext(await headers()) });
  return turnedOff ? { done: "Two-step verification is off. Your passkeys still sign you in." } : { error: "Two-step verification with passkeys is not on." };
}
