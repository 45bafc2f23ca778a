import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/password/hash";
import { newPasswordProblem } from "@/lib/password/new-password";
import { DEFAULT_ROLE } from "@/lib/edge/roles";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { issueEmailToken } from "@/lib/email-tokens/issue-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { appLink } from "@/lib/mail/app-link";
import { deliverMail, runAfterResponse } from "@/lib/mail/deliver-mail";
import { mayMailUnsolicited } from "@/lib/mail/recipient-allowance";
import { recipientName } from "@/lib/mail/recipient-name";
import { registrationAttemptMessage } from "@/lib/mail/templates";
import type { RequestContext } from "@/lib/http/request-context";
import type { RegisterData } from "@/lib/validation/auth";
import { sendVerificationLink } from "./send-verification-link";

export type RegisterUserOptions = {
  /** Already parsed by registerSchema: email trimmed and lower-cased, password within policy. */
  data: Pick<RegisterData, "name" | "email" | "password">;
  context: RequestContext;
};

export type RegisterUserResult =
  | { status: "accepted" }
  | { status: "invalid"; fieldErrors: Record<string, string> };

/**
 * Creates an account with the default role and emails a verification link. Answers "accepted"
 * whether or not the email already had an account, after the same work (one bcrypt hash, one
 * insert), so the answer cannot be used to find out who has an account: links and the owner's
 * warning are made and sent after the response has gone. Only the named fields are written.
 */
export async function registerUser({ data, context }: RegisterUserOptions): Promise<RegisterUserResult> {
  const problem = await newPasswordProblem({ password: data.password, userInputs: [data.email, data.name] });
  if (problem) return { status: "invalid", fieldErrors: { password: problem } };
  const passwordHash = await hashPassword(data.password);

  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          name: data.name,
          email: data.email,
          passwordHash,
          roles: { create: { roleName: DEFAULT_ROLE } },
        },
        select: { id: true },
      });
      await recordAudit(tx, { type: AUDIT_EVENTS.userRegistered, actorId: created.id, subjectId: created.id, ...context });
      return created;
    });
    runAfterResponse("sending a verification link", () =>
      sendVerificationLink({ userId: user.id, email: data.email, context }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    runAfterResponse("telling an account owner about a registration attempt", () => warnExistingOwner(data.email, context));
  }
  return { status: "accepted" };
}

async function warnExistingOwner(email: string, context: RequestContext): Promise<void> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, name: true, emailVerified: true, isActive: true } });
  await recordAudit(db, { type: AUDIT_EVENTS.registrationDuplicate, subjectId: existing?.id, ...context });
  if (!existing?.isActive || !(await mayMailUnsolicited(email))) return;
  const token = await db.$transaction((tx) =>
    issueEmailToken(tx, { userId: existing.id, purpose: EMAIL_TOKEN_PURPOSES.resetPassword.name, email, now: now(), context }),
  );
  deliverMail(registrationAttemptMessage({ to: email, name: recipientName(existing), resetUrl: appLink("/reset-password", { token }) }));
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
