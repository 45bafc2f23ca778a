"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut, SignInRateLimited } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { settings } from "@/lib/config/settings";
import { requestContext } from "@/lib/http/request-context";
import { registerUser } from "@/lib/users/register-user";
import { checkRateLimits, tooManyAttemptsMessage } from "@/lib/rate-limit/check-rate-limits";
import { fieldErrors, loginSchema, registerSchema } from "@/lib/validation/auth";

export type FormResult = { fieldErrors?: Record<string, string>; error?: string } | undefined;

/** The one answer for every failed sign-in: unknown email, wrong password, deactivated account. */
const SIGN_IN_FAILED = "Incorrect email or password.";

export async function signInAction(input: unknown): Promise<FormResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { email, password, remember, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", {
      email,
      password,
      remember: String(remember),
      redirectTo: safeCallbackUrl(callbackUrl),
    });
  } catch (error) {
    // signIn redirects by throwing NEXT_REDIRECT; only Auth.js's own errors are failures.
    if (error instanceof SignInRateLimited) {
      return { error: tooManyAttemptsMessage(Number(error.code.replace("rate_limited_", ""))) };
    }
    if (error instanceof AuthError) return { error: SIGN_IN_FAILED };
    throw error;
  }
  return undefined;
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
