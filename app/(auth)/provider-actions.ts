"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { enabledSocialProviders } from "@/lib/auth/providers";

/** Starts a provider sign-in (a redirect to the provider); unknown or disabled providers go back to /login. */
export async function providerSignInAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  if (!enabledSocialProviders().some((entry) => entry.id === provider)) redirect("/login");
  await signIn(provider as string, { redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
}
