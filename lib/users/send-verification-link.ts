import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { issueEmailToken } from "@/lib/email-tokens/issue-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { appLink } from "@/lib/mail/app-link";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { mayMailUnsolicited } from "@/lib/mail/recipient-allowance";
import { verifyEmailMessage } from "@/lib/mail/templates";
import type { RequestContext } from "@/lib/http/request-context";

export type SendVerificationLinkOptions = { userId: string; email: string; context: RequestContext };

/**
 * A fresh verification link to the account's address; the previous one stops working. Anyone can
 * type someone's address at registration, so this counts as unsolicited mail to it (a few an
 * hour, skipped silently beyond) and carries nothing the registrant wrote.
 */
export async function sendVerificationLink({ userId, email, context }: SendVerificationLinkOptions): Promise<void> {
  if (!(await mayMailUnsolicited(email))) return;
  const token = await db.$transaction((tx) =>
    issueEmailToken(tx, { userId, purpose: EMAIL_TOKEN_PURPOSES.verifyEmail.name, email, now: now(), context }),
  );
  deliverMail(verifyEmailMessage({ to: email, url: appLink("/verify-email", { token }) }));
}
