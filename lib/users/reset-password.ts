import { db, type Tx } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { consumeEmailToken, findEmailToken } from "@/lib/email-tokens/find-email-token";
import type { TokenVerdict } from "@/lib/email-tokens/policy";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { clearLockout } from "@/lib/lockout/clear-lockout";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { recipientName } from "@/lib/mail/recipient-name";
import { passwordChangedMessage } from "@/lib/mail/templates";
import { endSignIns } from "@/lib/sessions/end-sign-ins";
import { hashPassword } from "@/lib/password/hash";
import { newPasswordProblem } from "@/lib/password/new-password";
import type { RequestContext } from "@/lib/http/request-context";

export type ResetPasswordOptions = { token: unknown; password: string; context: RequestContext };

export type ResetPasswordResult =
  | { status: "done" }
  | { status: "invalid-password"; problem: string }
  | { status: "refused"; verdict: Exclude<TokenVerdict, "valid"> };

const RESET = [EMAIL_TOKEN_PURPOSES.resetPassword.name] as const;

/**
 * Sets a new password with an emailed link, in one transaction: the link is used up, every
 * session and every other open link of the account ends, and the address counts as verified
 * (the link proved it). The account is unlocked and its owner told by email.
 */
export async function resetPassword({ token, password, context }: ResetPasswordOptions): Promise<ResetPasswordResult> {
  const found = await findEmailToken(token, RESET, now());
  if (found.verdict !== "valid") return { status: "refused", verdict: found.verdict };
  const problem = await newPasswordProblem({ password, userInputs: [found.token.email] });
  if (problem) return { status: "invalid-password", problem };
  const passwordHash = await hashPassword(password);

  const at = now();
  const user = await db.$transaction(async (tx) => {
    if (!(await consumeEmailToken(tx, found.token.id, at))) return null;
    const current = await tx.user.findUnique({
      where: { id: found.token.userId },
      select: { email: true, name: true, emailVerified: true, isActive: true },
    });
    if (!current?.isActive) return null;
    // The link proves the mailbox. If nothing had proven it before, whoever registered the
    // address may not be its owner: sign-in methods they connected go with their password.
    const firstProof = current.email === found.token.email && !current.emailVerified;
    const updated = await tx.user.update({
      where: { id: found.token.userId },
      data: { passwordHash, ...(firstProof ? { emailVerified: at } : {}) },
      select: { id: true, email: true },
    });
    const { sessions: count } = await endSignIns(tx, {
      userId: updated.id,
      actorId: updated.id,
      reason: "password_reset",
      keepSessionId: null,
      bumpSessionVersion: true,
      cancelEmailLinks: true,
      at,
      context,
    });
    const unlinked = firstProof ? await unlinkProviders(tx, updated.id, context) : [];
    await recordAudit(tx, {
      type: AUDIT_EVENTS.passwordReset,
      actorId: updated.id,
      subjectId: updated.id,
      ...context,
      details: { endedSessions: count, unlinkedProviders: unlinked.join(",") || null },
    });
    // Greeted by name only if the address had proven itself before: a first proof may be its
    // owner taking it back from whoever registered it (and chose the name).
    return { ...updated, name: recipientName(current) };
  });
  if (!user) return { status: "refused", verdict: "used" };

  await clearLockout(user.id, { id: null, reason: "password_reset" }, context);
  deliverMail(passwordChangedMessage({ to: user.email, name: user.name, via: "reset" }));
  return { status: "done" };
}

/** Removes every linked provider account of a user whose address was never proven; returns the providers. */
async function unlinkProviders(tx: Tx, userId: string, context: RequestContext): Promise<string[]> {
  const accounts = await tx.account.findMany({ where: { userId }, select: { provider: true } });
  if (accounts.length === 0) return [];
  await tx.account.deleteMany({ where: { userId } });
  await recordAudit(
    tx,
    accounts.map((account) => ({
      type: AUDIT_EVENTS.accountUnlinked,
      actorId: userId,
      subjectId: userId,
      ...context,
      details: { provider: account.provider, reason: "linked_before_address_proven" },
    })),
  );
  return accounts.map((account) => account.provider);
}
