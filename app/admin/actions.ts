"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { requireRecentAuthentication } from "@/lib/auth/require-recent-authentication";
import { clearSessionCookies } from "@/lib/auth/clear-session-cookies";
import { requestContext } from "@/lib/http/request-context";
import { confirmStepHref, userPageHref } from "@/lib/admin/user-page-href";
import { changeUserRole } from "@/lib/admin/change-user-role";
import { setUserActive } from "@/lib/admin/set-user-active";
import { deleteUser } from "@/lib/admin/delete-user";
import { signOutEverywhere } from "@/lib/sessions/sign-out-everywhere";
import type { EndSignInsResult } from "@/lib/sessions/end-sign-ins";
import { clearLockout } from "@/lib/lockout/clear-lockout";
import { removeSecondFactor } from "@/lib/factors/remove-second-factor";
import { deleteUserSchema, roleChangeSchema, setActiveSchema, userIdSchema } from "@/lib/validation/admin";
import { parseFormData } from "@/lib/validation/parse-form-data";
import { endUserTokenFamilySchema } from "@/lib/validation/sessions";
import { endTokenFamily } from "@/lib/tokens/end-token-family";

// Every admin action: check who is asking in the data access layer, parse with zod, call the
// rule, and come back to the user's page with the outcome in the URL.

function back(userId: string, outcome: Record<string, string>): never {
  const params = new URLSearchParams(outcome);
  redirect(`${userPageHref(userId)}?${params}`);
}

/** What ended, carried to the page's message (read back with countParam). */
function endedParams(ended: { sessions: number; tokenFamilies: number } | undefined): Record<string, string> {
  return { devices: String(ended?.sessions ?? 0), apps: String(ended?.tokenFamilies ?? 0) };
}

async function context() {
  return requestContext(await headers());
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const { user: actor, sessionId } = await requirePermission("users:write");
  const parsed = parseFormData(roleChangeSchema, form);
  if (!parsed.success) redirect("/admin/users?error=invalid");
  const { userId, role, grant } = parsed.data;
  await requireRecentAuthentication(sessionId, grant ? userPageHref(userId) : confirmStepHref(userId, "remove-role", { role }));
  const result = await changeUserRole({ actorId: actor.id, targetId: userId, role, grant, context: await context() });
  back(userId, result.ok ? { notice: grant ? "role-added" : "role-removed", role } : { error: result.reason });
}

export async function setActiveAction(form: FormData): Promise<void> {
  const { user: actor, sessionId } = await requirePermission("users:write");
  const parsed = parseFormData(setActiveSchema, form);
  if (!parsed.success) redirect("/admin/users?error=invalid");
  const { userId, active } = parsed.data;
  await requireRecentAuthentication(sessionId, active ? userPageHref(userId) : confirmStepHref(userId, "deactivate"));
  const result = await setUserActive({ actorId: actor.id, targetId: userId, active, context: await context() });
  if (!result.ok) back(userId, { error: result.reason });
  back(userId, active ? { notice: "activated" } : { notice: "deactivated", ...endedParams(result.ended) });
}

export async function signOutUserEverywhereAction(form: FormData): Promise<void> {
  const { user: actor } = await requirePermission("users:write");
  const parsed = parseFormData(userIdSchema, form);
  if (!parsed.success) redirect("/admin/users?error=invalid");
  const { userId } = parsed.data;
  let ended: EndSignInsResult | undefined;
  try {
    ended = await signOutEverywhere({ userId, actorId: actor.id, context: await context() });
  } catch {
    back(userId, { error: "not-found" });
  }
  if (userId === actor.id) {
    await clearSessionCookies();
    redirect("/login?sessionEnded=1");
  }
  back(userId, { notice: "signed-out", ...endedParams(ended) });
}

export async function deleteUserAction(form: FormData): Promise<void> {
  const { user: actor, sessionId } = await requirePermission("users:write");
  const parsed = parseFormData(deleteUserSchema, form);
  if (!parsed.success) {
    const userId = typeof form.get("userId") === "string" ? String(form.get("userId")) : "";
    if (userIdSchema.safeParse({ userId }).success) back(userId, { error: "confirmation", confirm: "delete" });
    redirect("/admin/users?error=invalid");
  }
  const { userId, confirmEmail } = parsed.data;
  await requireRecentAuthentication(sessionId, confirmStepHref(userId, "delete"));
  const result = await deleteUser({ actorId: actor.id, targetId: userId, confirmEmail, context: await context() });
  if (!result.ok) back(userId, result.reason === "confirmation" ? { error: result.reason, confirm: "delete" } : { error: result.reason });
  // The email stays out of the URL (request logs, history): the list reads it from the event.
  redirect(`/admin/users?${new URLSearchParams({ notice: "deleted", event: result.eventId })}`);
}

export async function unlockUserAction(form: FormData): Promise<void> {
  const { user: actor } = await requirePermission("users:write");
  const parsed = parseFormData(userIdSchema, form);
  if (!parsed.success) redirect("/admin/users?error=invalid");
  const { userId } = parsed.data;
  await clearLockout(userId, { id: actor.id, reason: "admin" }, await context());
  back(userId, { notice: "unlocked" });
}

/** For a user who lost their authenticator app and recovery codes: audited, and the user is emailed. */
export async function resetSecondFactorAction(form: FormData): Promise<void> {
  const { user: actor, sessionId } = await requirePermission("users:write");
  const parsed = parseFormData(userIdSchema, form);
  if (!parsed.success) redirect("/admin/users?error=invalid");
  const { userId } = parsed.data;
  await requireRecentAuthentication(sessionId, confirmStepHref(userId, "reset-second-factor"));
  await removeSecondFactor({ userId, actor: { id: actor.id, reason: "admin" }, context: await context() });
  back(userId, { notice: "factor-reset" });
}

export async function endUserTokenFamilyAction(form: FormData): Promise<void> {
  const { user: actor } = await requirePermission("users:write");
  const parsed = parseFormData(endUserTokenFamilySchema, form);
  if (!parsed.success) redirect("/admin/users?error=invalid");
  const { userId, familyId } = parsed.data;
  await endTokenFamily({ userId, familyId, actorId: actor.id, context: await context() });
  back(userId, { notice: "app-ended" });
}
