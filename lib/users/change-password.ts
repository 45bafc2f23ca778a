import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { recipientName } from "@/lib/mail/recipient-name";
import { passwordChangedMessage } from "@/lib/mail/templates";
import { endSignIns } from "@/lib/sessions/end-sign-ins";
import { hashPassword, verifyPassword } from "@/lib/password/hash";
import { newPasswordProblem } from "@/lib/password/new-password";
import type { RequestContext } from "@/lib/http/request-context";

export type ChangePasswordOptions = {
  userId: string;
  /** The session asking; it stays signed in, every other one ends. */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
  context: RequestContext;
};

export type ChangePasswordResult =
  | { status: "done"; endedSessions: number }
  | { status: "no-password" }
  | { status: "wrong-password" }
  | { status: "invalid-password"; problem: string };

export async function changePassword({ userId, sessionId, currentPassword, newPassword, context }: ChangePasswordOptions): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerified: true, passwordHash: true } });
  if (!user?.passwordHash) return { status: "no-password" };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { status: "wrong-password" };
  const problem = await newPasswordProblem({ password: newPassword, userInputs: [user.email, user.name] });
  if (problem) return { status: "invalid-password", problem };
  const passwordHash = await hashPassword(newPassword);

  const at = now();
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    const { sessions: count } = await endSignIns(tx, {
      userId,
      actorId: userId,
      reason: "password_changed",
      keepSessionId: sessionId,
      bumpSessionVersion: false,
      cancelEmailLinks: true,
      at,
      context,
    });
    await recordAudit(tx, { type: AUDIT_EVENTS.passwordChanged, actorId: userId, subjectId: userId, ...context, details: { endedSessions: count } });
    return count;
  });
  deliverMail(passwordChangedMessage({ to: user.email, name: recipientName(user), via: "settings" }));
  return { status: "done", endedSessions };
}
