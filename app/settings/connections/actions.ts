"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { requirePermission } from "@/lib/auth/dal";
import { requireRecentAuthentication } from "@/lib/auth/require-recent-authentication";
import { enabledSocialProviders } from "@/lib/auth/providers";
import { disconnectAccount } from "@/lib/accounts/disconnect-account";
import { requestContext } from "@/lib/http/request-context";

const PAGE = "/settings/connections";

/** Starts the provider's OAuth flow while signed in: Auth.js links the result to this user. */
export async function connectProviderAction(formData: FormData): Promise<void> {
  const { user, sessionId } = await requirePermission("account:read", PAGE);
  // Linking adds a way into the account: a stolen session alone must not do it (step-up).
  await requireRecentAuthentication(sessionId, PAGE);
  const provider = formData.get("provider");
  if (!enabledSocialProviders().some((entry) => entry.id === provider)) redirect(PAGE);
  // The rule itself is enforced when the provider answers (lib/accounts/sign-in-with-provider.ts);
  // this spares a trip to the provider that could only be refused.
  if (!user.emailVerified) redirect(`${PAGE}?${new URLSearchParams({ error: "AddressUnproven", provider: provider as string })}`);
  await signIn(provider as string, { redirectTo: `${PAGE}?connected=${provider as string}` });
}

export async function disconnectProviderAction(formData: FormData): Promise<void> {
  const { user } = await requirePermission("account:read", PAGE);
  const accountId = formData.get("accountId");
  if (typeof accountId !== "string" || accountId.length > 64) redirect(PAGE);
  const result = await disconnectAccount({ userId: user.id, accountId, context: requestContext(await headers()) });
  if (result.status === "last-method") redirect(`${PAGE}?error=LastMethod`);
  redirect(result.status === "disconnected" ? `${PAGE}?disconnected=${result.provider}` : PAGE);
}
