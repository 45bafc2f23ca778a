"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { requireRecentAuthentication } from "@/lib/auth/require-recent-authentication";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { requestContext } from "@/lib/http/request-context";
import { createApiKeySchema, revokeApiKeySchema, type CreateApiKeyState } from "@/lib/validation/api-keys";

const DAY_MS = 86_400_000;

/** Creates a key and hands it back once: it is in this answer and nowhere else, ever. */
export async function createApiKeyAction(_previous: CreateApiKeyState, form: FormData): Promise<CreateApiKeyState> {
  const { user, sessionId } = await requirePermission("account:read");
  // A key outlives the session: a stolen session alone must not mint one (step-up).
  await requireRecentAuthentication(sessionId, "/settings/api-keys");
  const parsed = createApiKeySchema.safeParse({
    name: form.get("name"),
    scopes: form.getAll("scopes"),
    expiresInDays: form.get("expiresInDays") ?? undefined,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form" };
  const { name, scopes, expiresInDays } = parsed.data;
  const expiresAt = expiresInDays === "never" ? null : new Date(Date.now() + Number(expiresInDays) * DAY_MS);
  const result = await createApiKey({ userId: user.id, name, scopes, expiresAt, context: requestContext(await headers()) });
  if (!result.ok) return { error: `You do not have ${result.scopes.join(", ")}, so a key cannot either.` };
  // The list below the form shows the new key (by its prefix) in the same answer.
  revalidatePath("/settings/api-keys");
  return { key: result.key, name };
}

export async function revokeApiKeyAction(form: FormData): Promise<void> {
  const { user } = await requirePermission("account:read");
  const parsed = revokeApiKeySchema.safeParse({ keyId: form.get("keyId") });
  if (!parsed.success) redirect("/settings/api-keys?error=invalid");
  const revoked = await revokeApiKey({
    keyId: parsed.data.keyId,
    actor: user,
    context: requestContext(await headers()),
  });
  redirect(revoked ? "/settings/api-keys?revoked=1" : "/settings/api-keys?error=not-found");
}
