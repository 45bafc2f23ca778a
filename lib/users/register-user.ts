import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/password/hash";
import { newPasswordProblem } from "@/lib/password/new-password";
import { settings } from "@/lib/config/settings";
import { DEFAULT_ROLE } from "@/lib/auth/roles";
import { AUDIT_EVENTS, auditEventData } from "@/lib/audit/events";
import type { RequestContext } from "@/lib/http/request-context";
import type { RegisterData } from "@/lib/validation/auth";

export type RegisterUserOptions = {
  /** Already parsed by registerSchema: email trimmed and lower-cased, password within policy. */
  data: Pick<RegisterData, "name" | "email" | "password">;
  context: RequestContext;
};

export type RegisterUserResult =
  | { status: "accepted" }
  | { status: "invalid"; fieldErrors: Record<string, string> };

/**
 * Creates an account with the default role. Answers "accepted" whether or not the email
 * already had an account, after the same work (one bcrypt hash), so the answer cannot be used
 * to find out who has an account. Only the named fields are written.
 */
export async function registerUser({ data, context }: RegisterUserOptions): Promise<RegisterUserResult> {
  const problem = newPasswordProblem(data.password, { minLength: settings().passwordMinLength });
  if (problem) return { status: "invalid", fieldErrors: { password: problem } };
  const passwordHash = await hashPassword(data.password);

  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: data.name,
          email: data.email,
          passwordHash,
          roles: { create: { roleName: DEFAULT_ROLE } },
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: auditEventData({ type: AUDIT_EVENTS.userRegistered, actorId: user.id, subjectId: user.id, ...context }),
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
    await db.auditEvent.create({
      data: auditEventData({ type: AUDIT_EVENTS.registrationDuplicate, subjectId: existing?.id, ...context }),
    });
  }
  return { status: "accepted" };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
