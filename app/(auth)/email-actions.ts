"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentSession, requireUser } from "@/lib/auth/dal";
import { settings } from "@/lib/config/settings";
import { resetCookie, resetCookieName } from "@/lib/edge/email-link";
import { requestContext } from "@/lib/http/request-context";
import { runAfterResponse } from "@/lib/mail/deliver-mail";
import { checkRateLimits, tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resendVerification } from "@/lib/users/resend-verification";
import { resetPassword } from "@/lib/users/reset-password";
import { confirmEmailLink, type ConfirmEmailLinkResult } from "@/lib/users/confirm-email-link";
import { emailLinkProblem } from "@/lib/users/email-link-problems";
import { lifetimeInWords } from "@/lib/email-tokens/purposes";
import { fieldErrors, forgotPasswordSchema, resetPasswordSchema } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/validation/form-result";

/** The same answer, after the same work, whether or not the address has an account. */
export async function forgotPasswordAction(input: unknown): Promise<FormResult> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { email } = parsed.data;
  const context = requestContext(await headers());
  const limited = await checkRateLimits([
    { policy: "forgotPasswordPerIp", key: context.ip },
    { policy: "forgotPasswordPerEmail", key: email },
  ]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };
  runAfterResponse("a password reset request", () => requestPasswordReset({ email, context }));
  return {
    done:
      `If ${email} belongs to an account, we have sent it a link to choose a new password. ` +
      `The link works for ${lifetimeInWords("resetPassword")}. Nothing arrived? Check your spam folder, or ask again in a few minutes.`,
  };
}

export async function resetPasswordAction(input: unknown): Promise<FormResult> {
  const parsed = resetPasswordSchema({ minLength: settings().passwordMinLength }).safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const context = requestContext(await headers());
  const limited = await checkRateLimits([{ policy: "resetPasswordPerIp", key: context.ip }]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };

  const jar = await cookies();
  const cookieName = resetCookieName(process.env.AUTH_URL);
  const result = await resetPassword({ token: jar.get(cookieName)?.value, password: parsed.data.password, context });
  if (result.status === "invalid-password") return { fieldErrors: { password: result.problem } };
  if (result.status === "refused") return { error: emailLinkProblem(result.verdict).message };
  const { options } = resetCookie("", process.env.AUTH_URL);
  jar.set(cookieName, "", { ...options, maxAge: 0 });
  redirect("/login?passwordReset=1");
}

export async function resendVerificationAction(): Promise<FormResult> {
  const { user } = await requireUser();
  const limited = await checkRateLimits([{ policy: "verificationResendPerAccount", key: user.id }]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };
  const result = await resendVerification(user.id, requestContext(await headers()));
  if (result.status === "sent") return { done: `We sent a new link to ${result.email}. It works for ${lifetimeInWords("verifyEmail")}.` };
  // Confirmed meanwhile (another tab): render the layout again, which drops the banner.
  revalidatePath("/", "layout");
  return { done: "Your address is already confirmed." };
}

/** The button on /verify-email: confirming is a POST, so a mail scanner opening the link does nothing. */
export async function confirmEmailLinkAction(_previous: ConfirmEmailLinkResult | null, form: FormData): Promise<ConfirmEmailLinkResult> {
  const session = await getCurrentSession();
  const result = await confirmEmailLink({ token: form.get("token"), signedInUserId: session?.user.id ?? null, context: requestContext(await headers()) });
  if (result.status !== "verified" && result.status !== "email-changed") return result;
  // The root layout shows the verification banner and the address: render it again, on a page that
  // does not depend on the token (it is used up now).
  revalidatePath("/", "layout");
  redirect(result.status === "email-changed" ? "/verify-email/confirmed?change=1" : "/verify-email/confirmed");
}
