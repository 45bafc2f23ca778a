"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { PendingSignInExpired, signIn, SignInRateLimited } from "@/lib/auth/auth";
import { getCurrentSession } from "@/lib/auth/dal";
import { finishBrowserSignIn } from "@/lib/auth/finish-browser-sign-in";
import { readPendingSignInCookie } from "@/lib/auth/pending-sign-in-cookie";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { findPendingSignIn } from "@/lib/factors/find-pending-sign-in";
import { tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { passkeySecondStepSchema, passkeySignInSchema, type PasskeyResult } from "@/lib/validation/passkeys";

/** One answer for every refused passkey: unknown, removed, replayed, expired, deactivated account. */
const PASSKEY_REFUSED = "That passkey did not sign you in. Try again, or use your email and password.";
const SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a moment.";
const PENDING_EXPIRED = "This sign-in has expired. Please sign in again.";
const SECOND_STEP_REFUSED = "That passkey was not accepted. Try again, or enter a code.";

/** "Sign in with a passkey" and the browser's passkey autofill on /login: a complete sign-in. */
export async function passkeySignInAction(input: unknown): Promise<PasskeyResult> {
  const parsed = passkeySignInSchema.safeParse(input);
  if (!parsed.success) return { error: PASSKEY_REFUSED };
  const { assertion, remember, callbackUrl } = parsed.data;
  const previous = await getCurrentSession();
  try {
    await signIn("passkey", { assertion: JSON.stringify(assertion), remember: String(remember), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { error: error.type === "CredentialsSignin" ? PASSKEY_REFUSED : SIGN_IN_UNAVAILABLE };
    throw error;
  }
  await finishBrowserSignIn(previous);
  redirect(safeCallbackUrl(callbackUrl));
}

/** The second step after a password (or Google/GitHub) answered with one of the account's passkeys. */
export async function passkeySecondStepAction(input: unknown): Promise<PasskeyResult> {
  const parsed = passkeySecondStepSchema.safeParse(input);
  if (!parsed.success) return { error: SECOND_STEP_REFUSED };
  if (!(await findPendingSignIn(await readPendingSignInCookie()))) return { error: PENDING_EXPIRED };
  const previous = await getCurrentSession();
  try {
    await signIn("second-factor", { assertion: JSON.stringify(parsed.data.assertion), redirect: false });
  } catch (error) {
    if (error instanceof PendingSignInExpired) return { error: PENDING_EXPIRED };
    if (error instanceof SignInRateLimited) return { error: tooManyAttemptsMessage(error.retryAfterSeconds) };
    if (error instanceof AuthError) return { error: error.type === "CredentialsSignin" ? SECOND_STEP_REFUSED : SIGN_IN_UNAVAILABLE };
    throw error;
  }
  await finishBrowserSignIn(previous);
  redirect(safeCallbackUrl(parsed.data.callbackUrl));
}
