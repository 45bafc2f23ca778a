import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { issueEmailToken } from "@/lib/email-tokens/issue-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { appLink } from "@/lib/mail/app-link";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { verifyEmailMessage } from "@/lib/mail/templates";
import type { RequestContext } from "@/lib/http/request-context";

export type ResendVerificationResult = { status: "sent"; email: string } | { status: "already-verified" };

/** A fresh verification link for the signed-in user; the previous one stops working. */
export async function resendVerification(userId: string, context: RequestContext): Promise<ResendVerificationResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerified: true } });
  if (!user || user.emailVerified) return { status: "already-verified" };
  const token = await db.$transaction((tx) =>
    issueEmailToken(tx, { userId, purpose: EMAIL_TOKEN_PURPOSES.verifyEmail.name, email: user.email, now: now(), context }),
  );
  deliverMail(verifyEmailMessage({ to: user.email, name: user.name, url: appLink("/verify-email", { token }) }));
  return { status: "sent", email: user.email };
}
