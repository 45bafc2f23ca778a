"use server";

import { headers } from "next/headers";
import { requirePermission } from "@/lib/auth/dal";
import { settings } from "@/lib/config/settings";
import { lifetimeInWords } from "@/lib/email-tokens/purposes";
import { requestContext } from "@/lib/http/request-context";
import { checkRateLimits, tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { changePassword } from "@/lib/users/change-password";
import { requestEmailChange } from "@/lib/users/request-email-change";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { changeEmailSchema, changePasswordSchema, fieldErrors } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/validation/form-result";

const NO_PASSWORD = "Your account has no password yet. Use “Set a password” below first.";

async function passwordChecksLeft(userId: string): Promise<string | null> {
  const limited = await checkRateLimits([{ policy: "passwordConfirmPerAccount", key: userId }]);
  return limited.ok ? null : tooManyAttemptsMessage(limited.retryAfterSeconds);
}

export async function changePasswordAction(input: unknown): Promise<FormResult> {
  const { user, sessionId } = await requirePermission("account:read");
  const parsed = changePasswordSchema({ minLength: settings().passwordMinLength }).safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const limited = await passwordChecksLeft(user.id);
  if (limited) return { error: limited };

  const result = await changePassword({
    userId: user.id,
    sessionId,
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.password,
    context: requestContext(await headers()),
  });
  switch (result.status) {
    case "no-password":
      return { error: NO_PASSWORD };
    case "wrong-password":
      return { fieldErrors: { currentPassword: "That is not your current password" } };
    case "invalid-password":
      return { fieldErrors: { password: result.problem } };
    case "done":
      return {
        done: `Password changed. ${result.endedSessions === 1 ? "1 other session was" : `${result.endedSessions} other sessions were`} signed out.`,
      };
  }
}

export async function changeEmailAction(input: unknown): Promise<FormResult> {
  const { user } = await requirePermission("account:read");
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const limited = await passwordChecksLeft(user.id);
  if (limited) return { error: limited };

  const { newEmail, currentPassword } = parsed.data;
  const result = await requestEmailChange({ userId: user.id, password: currentPassword, newEmail, context: requestContext(await headers()) });
  switch (result.status) {
    case "no-password":
      return { error: NO_PASSWORD };
    case "wrong-password":
      return { fieldErrors: { currentPassword: "That is not your current password" } };
    case "same-email":
      return { fieldErrors: { newEmail: "That is already your email address" } };
    case "sent":
      return { done: `We sent a link to ${newEmail}. Your address changes when you open it (within ${lifetimeInWords("changeEmail")}).` };
  }
}

/** A social-only account sets its first password through the same emailed link as a reset. */
export async function sendSetPasswordLinkAction(): Promise<FormResult> {
  const { user } = await requirePermission("account:read");
  const limited = await checkRateLimits([{ policy: "forgotPasswordPerEmail", key: user.email }]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };
  await requestPasswordReset({ email: user.email, context: requestContext(await headers()) });
  return { done: `We sent a link to ${user.email}. It works for ${lifetimeInWords("resetPassword")}.` };
}
