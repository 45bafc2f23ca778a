"use server";

import { headers } from "next/headers";
import { requirePermission } from "@/lib/auth/dal";
import { requireRecentAuthentication } from "@/lib/auth/require-recent-authentication";
import { requestContext } from "@/lib/http/request-context";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { confirmTotpEnrolment } from "@/lib/factors/confirm-totp-enrolment";
import { regenerateRecoveryCodes } from "@/lib/factors/regenerate-recovery-codes";
import { removeSecondFactor } from "@/lib/factors/remove-second-factor";
import { hasSecondFactor } from "@/lib/factors/second-factor-status";
import { fieldErrors } from "@/lib/validation/auth";
import { confirmTotpSchema, type TwoFactorResult } from "@/lib/validation/factors";

export async function confirmTotpAction(input: unknown): Promise<TwoFactorResult> {
  const { user } = await requirePermission("account:read");
  const parsed = confirmTotpSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const result = await confirmTotpEnrolment({ userId: user.id, code: parsed.data.code, context: requestContext(await headers()) });
  switch (result.status) {
    case "rate-limited":
      return { error: tooManyAttemptsMessage(result.retryAfterSeconds) };
    case "wrong-code":
      return { fieldErrors: { code: "That code is not right. Check the time on your device and try the current code." } };
    case "not-started":
      return { error: "This setup is no longer open. Reload the page to start again." };
    case "enrolled":
      return { done: "Two-step verification is on.", recoveryCodes: result.recoveryCodes };
  }
}

export async function regenerateRecoveryCodesAction(): Promise<TwoFactorResult> {
  const { user } = await requirePermission("account:read");
  const codes = await regenerateRecoveryCodes({ userId: user.id, context: requestContext(await headers()) });
  if (!codes) return { error: "Set up an authenticator app first." };
  return { done: "New recovery codes made; the old ones no longer work.", recoveryCodes: codes };
}

export async function removeTotpAction(): Promise<TwoFactorResult> {
  const { user, sessionId } = await requirePermission("account:read");
  await requireRecentAuthentication(sessionId, "/settings/security");
  const { removed } = await removeSecondFactor({ userId: user.id, actor: { id: user.id, reason: "owner" }, context: requestContext(await headers()) });
  if (!removed) return { error: "There is no authenticator app to remove." };
  // Two-step verification may stay on with passkeys (lib/factors/second-factor-status.ts).
  return (await hasSecondFactor(user.id))
    ? { done: "The authenticator app was removed. Sign-in now asks for one of your passkeys." }
    : { done: "The authenticator app was removed. Sign-in no longer asks for a code." };
}
