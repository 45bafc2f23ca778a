"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PendingSignInExpired, SecondFactorRequired, signIn, signOut, SignInRateLimited } from "@/lib/auth/auth";
import { readPendingSignInCookie } from "@/lib/auth/pending-sign-in-cookie";
import { findPendingSignIn } from "@/lib/factors/find-pending-sign-in";
import { looksLikeRecoveryCode } from "@/lib/factors/recovery-codes";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { getCurrentSession } from "@/lib/auth/dal";
import { finishBrowserSignIn } from "@/lib/auth/finish-browser-sign-in";
import { settings } from "@/lib/config/settings";
import { requestContext } from "@/lib/http/request-context";
import { registerUser } from "@/lib/users/register-user";
import { resendRegistrationLink } from "@/lib/users/resend-registration-link";
import { readRegisteredEmailCookie, setRegisteredEmailCookie } from "@/lib/auth/registered-email-cookie";
import { lifetimeInWords } from "@/lib/email-tokens/purposes";
import { runAfterResponse } from "@/lib/mail/deliver-mail";
import { checkRateLimits, tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { fieldErrors, loginSchema, registerSchema, secondFactorSchema } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/validation/form-result";

const CHECK_EMAIL_PATH = "/register/check-email";
const REGISTRATION_PAGE_EXPIRED = "This page has expired. Register again, or sign in if your account is ready.";

/** The one answer for every refused sign-in: unknown email, wrong password, deactivated account. */
const SIGN_IN_FAILED = "Incorrect email or password.";
const SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a moment.";

export async function signInAction(input: unknown): Promise<FormResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { email, password, remember, callbackUrl } = parsed.data;
  const destination = safeCallbackUrl(callbackUrl);
  const previous = await getCurrentSession();

  let secondFactor = false;
  try {
    await signIn("credentials", { email, password, remember: String(remember), redirect: false, redirectTo: destination });
  } catch (error) {
    if (error instanceof SecondFactorRequired) {
      secondFactor = true;
    } else if (error instanceof SignInRateLimited) {
      return { error: tooManyAttemptsMessage(error.retryAfterSeconds) };
    } else if (error instanceof AuthError) {
      // Only a refused credential is the user's doing; anything else is ours, and must not
      // be reported as a wrong password.
      return { error: error.type === "CredentialsSignin" ? SIGN_IN_FAILED : SIGN_IN_UNAVAILABLE };
    } else {
      throw error;
    }
  }
  // No session exists yet: the challenge page finishes the sign-in.
  if (secondFactor) redirect(`/login/two-factor?${new URLSearchParams({ callbackUrl: destination })}`);
  await finishBrowserSignIn(previous);
  redirect(destination);
}

const WRONG_CODE = "That code is not right. Try the current code, or a recovery code.";
const PENDING_EXPIRED = "This sign-in has expired. Please sign in again.";

/** The challenge page's form: a code from the authenticator app, or a recovery code. */
export async function verifySecondFactorAction(input: unknown): Promise<FormResult> {
  const parsed = secondFactorSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { code, callbackUrl } = parsed.data;
  const pending = await findPendingSignIn(await readPendingSignInCookie());
  if (!pending) return { error: PENDING_EXPIRED };
  const previous = await getCurrentSession();

  try {
    await signIn("second-factor", { code, redirect: false });
  } catch (error) {
    if (error instanceof PendingSignInExpired) return { error: PENDING_EXPIRED };
    if (error instanceof SignInRateLimited) {
      return { error: tooManyAttemptsMessage(error.retryAfterSeconds) };
    }
    if (error instanceof AuthError) {
      return error.type === "CredentialsSignin" ? { fieldErrors: { code: WRONG_CODE } } : { error: SIGN_IN_UNAVAILABLE };
    }
    throw error;
  }
  await finishBrowserSignIn(previous);
  // A recovery code: the security page says how many are left and offers new ones.
  redirect(looksLikeRecoveryCode(code) ? "/settings/security?recoveryCodeUsed=1" : safeCallbackUrl(callbackUrl));
}

export async function registerAction(input: unknown): Promise<FormResult> {
  const parsed = registerSchema({ minLength: settings().passwordMinLength }).safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const context = requestContext(await headers());
  const limited = await checkRateLimits([{ policy: "registerPerIp", key: context.ip }]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };
  const result = await registerUser({ data: parsed.data, context });
  if (result.status === "invalid") return { fieldErrors: result.fieldErrors };
  // Not signed in: that would tell the registrant whether the address already had an account.
  await setRegisteredEmailCookie(parsed.data.email);
  redirect(CHECK_EMAIL_PATH);
}

/** The resend button of /register/check-email: the same answer, after the same work, for any address. */
export async function resendRegistrationLinkAction(): Promise<FormResult> {
  const email = await readRegisteredEmailCookie();
  if (!email) return { error: REGISTRATION_PAGE_EXPIRED };
  const context = requestContext(await headers());
  const limited = await checkRateLimits([
    { policy: "verificationResendPerIp", key: context.ip },
    { policy: "verificationResendPerEmail", key: email },
  ]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };
  runAfterResponse("resending a verification link", () => resendRegistrationLink({ email, context }));
  return { done: `A new link is on its way to ${email}. It works for ${lifetimeInWords("verifyEmail")}; earlier links stop working.` };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
