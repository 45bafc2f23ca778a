import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { isRecentlyAuthenticated } from "@/lib/sessions/step-up";

export const CONFIRM_IDENTITY_PATH = "/settings/confirm-identity";

/**
 * For dangerous actions (step-up): continues only when this session proved who it is within the
 * last 10 minutes; otherwise sends the person to confirm it, and back to `returnTo` afterwards.
 */
export async function requireRecentAuthentication(sessionId: string, returnTo: string): Promise<void> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { authenticatedAt: true } });
  if (session && isRecentlyAuthenticated(session.authenticatedAt, clockNow())) return;
  redirect(`${CONFIRM_IDENTITY_PATH}?${new URLSearchParams({ next: safeCallbackUrl(returnTo) })}`);
}

export async function isSessionRecentlyAuthenticated(sessionId: string): Promise<boolean> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { authenticatedAt: true } });
  return session !== null && isRecentlyAuthenticated(session.authenticatedAt, clockNow());
}
