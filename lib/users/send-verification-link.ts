import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { issueEmailToken } from "@/lib/email-tokens/issue-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { appLink } from "@/lib/mail/app-link";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { verifyEmailMessage } from "@/lib/mail/templates";
import type { RequestContext } from "@/lib/http/request-context";

export type SendVerificationLinkOptions = { userId: string; email: string; name: string | null; context: RequestContext };

/** A fresh verification link to the account's address; the previous one stops working. */
export async function sendVerificationLink({ userId, email, name, context }: SendVerificationLinkOptions): Promise<void> {
  const token = await db.$transaction((tx) =>
    issueEmailToken(tx, { userId, purpose: EMAIL_TOKEN_PURPOSES.verifyEmail.name, email, now: now(), context }),
  );
  deliverMail(verifyEmailMessage({ to: email, name, url: appLink("/verify-email", { token }) }));
}
