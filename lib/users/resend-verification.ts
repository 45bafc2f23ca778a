import { db } from "@/lib/db/client";
import type { RequestContext } from "@/lib/http/request-context";
import { sendVerificationLink } from "./send-verification-link";

export type ResendVerificationResult = { status: "sent"; email: string } | { status: "already-verified" };

/** A fresh verification link for the signed-in user; the previous one stops working. */
export async function resendVerification(userId: string, context: RequestContext): Promise<ResendVerificationResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (!user || user.emailVerified) return { status: "already-verified" };
  await sendVerificationLink({ userId, email: user.email, context });
  return { status: "sent", email: user.email };
}
