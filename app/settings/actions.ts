"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/dal";
import { requireRecentAuthentication } from "@/lib/auth/require-recent-authentication";
import { clearSessionCookies } from "@/lib/auth/clear-session-cookies";
import { requestContext } from "@/lib/http/request-context";
import { revokeSessions } from "@/lib/sessions/revoke-sessions";
import { signOutEverywhere } from "@/lib/sessions/sign-out-everywhere";
import { endTokenFamily } from "@/lib/tokens/end-token-family";
import { endSessionSchema, endTokenFamilySchema } from "@/lib/validation/sessions";
import { parseFormData } from "@/lib/validation/parse-form-data";
import { changeNameSchema, deleteAccountSchema } from "@/lib/validation/account";
import { fieldErrors } from "@/lib/validation/auth";
import type { FormResult } from "@/lib/validation/form-result";
import { changeName } from "@/lib/users/change-name";
import { deleteOwnAccount } from "@/lib/users/delete-own-account";
import { DELETE_ACCOUNT_ANCHOR } from "./delete-account-anchor";

async function ownSessionEnded(query = "sessionEnded=1"): Promise<never> {
  await clearSessionCookies();
  redirect(`/login?${query}`);
}

export async function endSessionAction(form: FormData): Promise<void> {
  const { sessionId: current, user } = await requirePermission("account:read");
  const parsed = parseFormData(endSessionSchema, form);
  if (!parsed.success) redirect("/settings/sessions?error=invalid");
  const { sessionId } = parsed.data;
  const context = requestContext(await headers());
  await revokeSessions({ userId: user.id, actorId: user.id, scope: { sessionId }, context });
  if (sessionId === current) await ownSessionEnded();
  redirect("/settings/sessions?ended=one");
}

export async function endOtherSessionsAction(): Promise<void> {
  const { sessionId, user } = await requirePermission("account:read");
  const ended = await revokeSessions({ userId: user.id, actorId: user.id, scope: { keepSessionId: sessionId }, context: requestContext(await headers()) });
  redirect(`/settings/sessions?ended=others&count=${ended}`);
}

export async function signOutEverywhereAction(): Promise<void> {
  const { user } = await requirePermission("account:read");
  const ended = await signOutEverywhere({ userId: user.id, actorId: user.id, context: requestContext(await headers()) });
  await ownSessionEnded(new URLSearchParams({ signedOutDevices: String(ended.sessions), signedOutApps: String(ended.tokenFamilies) }).toString());
}

export async function endTokenFamilyAction(form: FormData): Promise<void> {
  const { user } = await requirePermission("account:read");
  const parsed = parseFormData(endTokenFamilySchema, form);
  if (!parsed.success) redirect("/settings/sessions?error=invalid");
  await endTokenFamily({ userId: user.id, familyId: parsed.data.familyId, actorId: user.id, context: requestContext(await headers()) });
  redirect("/settings/sessions?ended=app");
}

export async function changeNameAction(input: unknown): Promise<FormResult> {
  const { user } = await requirePermission("account:read");
  const parsed = changeNameSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const result = await changeName({ userId: user.id, name: parsed.data.name, context: requestContext(await headers()) });
  // The header and every page greet by name: render them again.
  revalidatePath("/", "layout");
  return { done: result.status === "changed" ? `Your name is now ${parsed.data.name}.` : "Your name was already that." };
}

export async function deleteAccountAction(input: unknown): Promise<FormResult> {
  const { user, sessionId } = await requirePermission("account:read");
  // Back to the delete card after a fresh proof, not the top of the page.
  await requireRecentAuthentication(sessionId, `/settings#${DELETE_ACCOUNT_ANCHOR}`);
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const result = await deleteOwnAccount({ userId: user.id, confirmEmail: parsed.data.confirmEmail, context: requestContext(await headers()) });
  switch (result.status) {
    case "confirmation":
      return { fieldErrors: { confirmEmail: `Type ${user.email} exactly to confirm` } };
    case "refused":
      return {
        error:
          result.reason === "last-admin"
            ? "You are the last active admin: make someone else an admin before you delete your account."
            : "Your account could not be deleted just now. Try again.",
      };
    case "deleted":
      await clearSessionCookies();
      redirect(`/goodbye?${new URLSearchParams({ devices: String(result.endedSessions), apps: String(result.endedTokenFamilies) })}`);
  }
}
