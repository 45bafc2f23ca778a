import { db } from "@/lib/db/client";
import type { RequestContext } from "@/lib/http/request-context";
import { sendVerificationLink } from "./send-verification-link";

export type ResendRegistrationLinkOptions = { email: string; context: RequestContext };

/**
 * After registering, before signing in: a fresh verification link if `email` belongs to an active
 * account that is still unconfirmed; otherwise nothing. The caller answers the same either way,
 * after the response, so the button cannot tell anyone whether an address has an account.
 */
export async function resendRegistrationLink({ email, context }: ResendRegistrationLinkOptions): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, emailVerified: true, isActive: true } });
  if (!user || user.emailVerified || !user.isActive) return;
  await sendVerificationLink({ userId: user.id, email, context });
}
