import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { issueEmailToken } from "@/lib/email-tokens/issue-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { appLink } from "@/lib/mail/app-link";
import { deliverMail, runAfterResponse } from "@/lib/mail/deliver-mail";
import { mayMailUnsolicited } from "@/lib/mail/recipient-allowance";
import { recipientName } from "@/lib/mail/recipient-name";
import { confirmNewEmailMessage, emailAddressInUseMessage, emailChangeRequestedMessage } from "@/lib/mail/templates";
import { verifyPassword } from "@/lib/password/hash";
import type { RequestContext } from "@/lib/http/request-context";

export type RequestEmailChangeOptions = {
  userId: string;
  password: string;
  /** Parsed by emailSchema: trimmed and lower-cased. */
  newEmail: string;
  context: RequestContext;
};

export type RequestEmailChangeResult = { status: "sent" } | { status: "no-password" } | { status: "wrong-password" } | { status: "same-email" };

/**
 * Sends a confirmation link to the new address and a notice to the current one; the address
 * changes only when the link is opened (confirmEmailLink). An address that already belongs to
 * another account gets a notice instead of a link, and the answer is the same either way.
 */
export async function requestEmailChange({ userId, password, newEmail, context }: RequestEmailChangeOptions): Promise<RequestEmailChangeResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerified: true, passwordHash: true } });
  if (!user?.passwordHash) return { status: "no-password" };
  if (!(await verifyPassword(password, user.passwordHash))) return { status: "wrong-password" };
  if (newEmail === user.email) return { status: "same-email" };

  runAfterResponse("sending the links of an email change", () => sendEmailChangeLinks({ userId, user, newEmail, context }));
  return { status: "sent" };
}

type EmailChangeLinks = {
  userId: string;
  user: { email: string; name: string | null; emailVerified: Date | null };
  newEmail: string;
  context: RequestContext;
};

/** After the response, so an address that has an account takes no longer to answer than one that does not. */
async function sendEmailChangeLinks({ userId, user, newEmail, context }: EmailChangeLinks): Promise<void> {
  const taken = (await db.user.count({ where: { email: newEmail } })) > 0;
  const mayMailNewAddress = await mayMailUnsolicited(newEmail);
  const token = await db.$transaction(async (tx) => {
    await recordAudit(tx, { type: AUDIT_EVENTS.emailChangeRequested, actorId: userId, subjectId: userId, ...context, details: { to: newEmail, taken } });
    if (taken || !mayMailNewAddress) return null;
    return issueEmailToken(tx, { userId, purpose: EMAIL_TOKEN_PURPOSES.changeEmail.name, email: newEmail, now: now(), context });
  });
  if (token) deliverMail(confirmNewEmailMessage({ to: newEmail, url: appLink("/verify-email", { token }) }));
  else if (taken && mayMailNewAddress) deliverMail(emailAddressInUseMessage({ to: newEmail }));
  deliverMail(emailChangeRequestedMessage({ to: user.email, name: recipientName(user), newEmail }));
}
