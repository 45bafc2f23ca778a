import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { issueEmailToken } from "@/lib/email-tokens/issue-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { appLink } from "@/lib/mail/app-link";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { recipientName } from "@/lib/mail/recipient-name";
import { passwordResetMessage } from "@/lib/mail/templates";
import type { RequestContext } from "@/lib/http/request-context";

export type RequestPasswordResetOptions = { email: string; context: RequestContext };

/**
 * Emails a reset link to an active account with this address (social-only accounts use it to
 * set a first password); does nothing for any other address. Callers run it after the response,
 * so known and unknown addresses answer alike.
 */
export async function requestPasswordReset({ email, context }: RequestPasswordResetOptions): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, emailVerified: true, isActive: true } });
  if (!user?.isActive) return;
  const token = await db.$transaction((tx) =>
    issueEmailToken(tx, { userId: user.id, purpose: EMAIL_TOKEN_PURPOSES.resetPassword.name, email, now: now(), context }),
  );
  deliverMail(passwordResetMessage({ to: email, name: recipientName(user), url: appLink("/reset-password", { token }) }));
}
