"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { clearSessionCookies } from "@/lib/auth/clear-session-cookies";
import { requestContext } from "@/lib/http/request-context";
import { revokeSessions } from "@/lib/sessions/revoke-sessions";
import { signOutEverywhere } from "@/lib/sessions/sign-out-everywhere";
import { endTokenFamily } from "@/lib/tokens/end-token-family";
import { endSessionSchema, endTokenFamilySchema } from "@/lib/validation/sessions";
import { parseFormData } from "@/lib/validation/parse-form-data";

async function ownSessionEnded(): Promise<never> {
  await clearSessionCookies();
  redirect("/login?sessionEnded=1");
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
  await revokeSessions({ userId: user.id, actorId: user.id, scope: { keepSessionId: sessionId }, context: requestContext(await headers()) });
  redirect("/settings/sessions?ended=others");
}

export async function signOutEverywhereAction(): Promise<void> {
  const { user } = await requirePermission("account:read");
  await signOutEverywhere({ userId: user.id, actorId: user.id, context: requestContext(await headers()) });
  await ownSessionEnded();
}

export async function endTokenFamilyAction(form: FormData): Promise<void> {
  const { user } = await requirePermission("account:read");
  const parsed = parseFormData(endTokenFamilySchema, form);
  if (!parsed.success) redirect("/settings/sessions?error=invalid");
  await endTokenFamily({ userId: user.id, familyId: parsed.data.familyId, actorId: user.id, context: requestContext(await headers()) });
  redirect("/settings/sessions?ended=app");
}
