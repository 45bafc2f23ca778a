import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { consumeEmailToken, findEmailToken, type EmailTokenLookup, type FoundEmailToken } from "@/lib/email-tokens/find-email-token";
import type { TokenVerdict } from "@/lib/email-tokens/policy";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { revokeEmailTokens } from "@/lib/email-tokens/revoke-email-tokens";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { recipientName } from "@/lib/mail/recipient-name";
import { emailChangedMessage } from "@/lib/mail/templates";
import type { RequestContext } from "@/lib/http/request-context";
import { isUniqueViolation } from "./register-user";

export type ConfirmEmailLinkResult =
  | { status: "verified"; email: string }
  | { status: "email-changed"; email: string }
  | { status: "email-taken" }
  | { status: "sign-in-required" }
  | { status: "refused"; verdict: Exclude<TokenVerdict, "valid"> };

const EMAIL_LINKS = [EMAIL_TOKEN_PURPOSES.verifyEmail.name, EMAIL_TOKEN_PURPOSES.changeEmail.name] as const;

/** What a verification link would do, without doing it (the page asks the person to confirm). */
export function inspectEmailLink(raw: unknown): Promise<EmailTokenLookup> {
  return findEmailToken(raw, EMAIL_LINKS, now());
}

export type ConfirmEmailLinkOptions = {
  token: unknown;
  /** The signed-in user confirming, if any: every link needs the account's own session. */
  signedInUserId: string | null;
  context: RequestContext;
};

/**
 * Confirms a link from a verification email (a POST from the page, so mail scanners that open
 * links confirm nothing): marks the address verified, or, for a change of address, switches the
 * account to the new (now proven) address and tells the old one. Both only from a session of
 * that account. Whoever registered an address may not own it: if the mailbox's owner could
 * confirm from outside that session, a stranger's account (their password, sessions and
 * providers) would become verified under the owner's name. The owner takes such an address back
 * with a password reset instead, which ends everything the registrant had (lib/users/reset-password.ts).
 */
export async function confirmEmailLink({ token: raw, signedInUserId, context }: ConfirmEmailLinkOptions): Promise<ConfirmEmailLinkResult> {
  const found = await inspectEmailLink(raw);
  if (found.verdict !== "valid") return { status: "refused", verdict: found.verdict };
  if (signedInUserId !== found.token.userId) return { status: "sign-in-required" };
  if (found.token.purpose === EMAIL_TOKEN_PURPOSES.changeEmail.name) return switchEmail(found.token, context);
  return markVerified(found.token, context);
}

async function markVerified(token: FoundEmailToken, context: RequestContext): Promise<ConfirmEmailLinkResult> {
  const at = now();
  const verified = await db.$transaction(async (tx) => {
    if (!(await consumeEmailToken(tx, token.id, at))) return false;
    // A link to an address the account no longer uses proves nothing about the account.
    const { count } = await tx.user.updateMany({ where: { id: token.userId, email: token.email, isActive: true }, data: { emailVerified: at } });
    if (count === 0) return false;
    await recordAudit(tx, { type: AUDIT_EVENTS.emailVerified, actorId: token.userId, subjectId: token.userId, ...context });
    return true;
  });
  return verified ? { status: "verified", email: token.email } : { status: "refused", verdict: "invalid" };
}

async function switchEmail(token: FoundEmailToken, context: RequestContext): Promise<ConfirmEmailLinkResult> {
  const at = now();
  try {
    const previous = await db.$transaction(async (tx) => {
      if (!(await consumeEmailToken(tx, token.id, at))) return null;
      const user = await tx.user.findUnique({ where: { id: token.userId }, select: { email: true, name: true, emailVerified: true, isActive: true } });
      if (!user?.isActive) return null;
      await tx.user.update({ where: { id: token.userId }, data: { email: token.email, emailVerified: at }, select: { id: true } });
      // Links sent to the old address (a reset, a verification) must not outlive the change.
      await revokeEmailTokens(tx, { userId: token.userId, actorId: token.userId, reason: "email_changed", at, context });
      await recordAudit(tx, {
        type: AUDIT_EVENTS.emailChanged,
        actorId: token.userId,
        subjectId: token.userId,
        ...context,
        details: { from: user.email, to: token.email },
      });
      return user;
    });
    if (!previous) return { status: "refused", verdict: "used" };
    deliverMail(emailChangedMessage({ to: previous.email, name: recipientName(previous), newEmail: token.email }));
    return { status: "email-changed", email: token.email };
  } catch (error) {
    // Someone registered the address between the request and the click.
    if (isUniqueViolation(error)) return { status: "email-taken" };
    throw error;
  }
}
