"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut, SignInRateLimited } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { getCurrentSession } from "@/lib/auth/dal";
import { keepSessionOnlyCookie } from "@/lib/auth/session-cookie";
import { settings } from "@/lib/config/settings";
import { requestContext } from "@/lib/http/request-context";
import { endSession } from "@/lib/sessions/end-session";
import { registerUser } from "@/lib/users/register-user";
import { checkRateLimits, tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { fieldErrors, loginSchema, registerSchema } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/validation/form-result";


/** The one answer for every refused sign-in: unknown email, wrong password, deactivated account. */
const SIGN_IN_FAILED = "Incorrect email or password.";
const SIGN_IN_UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a moment.";

export async function signInAction(input: unknown): Promise<FormResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { email, password, remember, callbackUrl } = parsed.data;
  const destination = safeCallbackUrl(callbackUrl);
  const previous = await getCurrentSession();

  try {
    await signIn("credentials", { email, password, remember: String(remember), redirect: false, redirectTo: destination });
  } catch (error) {
    if (error instanceof SignInRateLimited) {
      return { error: tooManyAttemptsMessage(error.retryAfterSeconds) };
    }
    if (error instanceof AuthError) {
      // Only a refused credential is the user's doing; anything else is ours, and must not
      // be reported as a wrong password.
      return { error: error.type === "CredentialsSignin" ? SIGN_IN_FAILED : SIGN_IN_UNAVAILABLE };
    }
    throw error;
  }

  await keepSessionOnlyCookie();
  if (previous) {
    // The browser's earlier session is replaced, so it must not stay valid elsewhere.
    await endSession({ sessionId: previous.sessionId, userId: previous.user.id, context: requestContext(await headers()) });
  }
  redirect(destination);
}

export async function registerAction(input: unknown): Promise<FormResult> {
  const parsed = registerSchema({ minLength: settings().passwordMinLength }).safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const context = requestContext(await headers());
  const limited = await checkRateLimits([{ policy: "registerPerIp", key: context.ip }]);
  if (!limited.ok) return { error: tooManyAttemptsMessage(limited.retryAfterSeconds) };
  const result = await registerUser({ data: parsed.data, context });
  if (result.status === "invalid") return { fieldErrors: result.fieldErrors };
  redirect("/login?registered=1");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
