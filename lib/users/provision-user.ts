import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/password/hash";
import { DEFAULT_ROLE, type Role } from "@/lib/edge/roles";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { newPasswordProblem } from "@/lib/password/new-password";

export type ProvisionUserOptions = {
  email: string;
  name?: string;
  /** Required when the user does not exist yet; replaces the password when given. */
  password?: string;
  /** The command generated the password from random bytes (db:seed): it skips the breach check. */
  passwordIsRandom?: boolean;
  roles: Role[];
  /** Who asked, for the audit log ("cli:admin:create", "cli:db:seed"). */
  source: string;
};

export type ProvisionUserResult = { userId: string; created: boolean; rolesAdded: Role[]; reactivated: boolean };

/**
 * Creates a user with the given roles, or grants the roles to an existing one (never removes
 * any) and reactivates it. Used by the operator commands, not by any web request.
 */
export async function provisionUser({ email, name, password, passwordIsRandom = false, roles, source }: ProvisionUserOptions): Promise<ProvisionUserResult> {
  if (password !== undefined) {
    const problem = await newPasswordProblem({ password, userInputs: [email, name], checkBreaches: !passwordIsRandom });
    if (problem) throw new Error(problem);
  }
  const wanted = [...new Set<Role>([DEFAULT_ROLE, ...roles])];
  const passwordHash = password === undefined ? undefined : await hashPassword(password);

  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, isActive: true, roles: { select: { roleName: true } } },
    });
    if (!existing && passwordHash === undefined) throw new Error(`No account for ${email} yet: a password is required to create it`);

    const user =
      existing ??
      (await tx.user.create({ data: { email, name: name ?? null, passwordHash, emailVerified: new Date() }, select: { id: true, isActive: true, roles: { select: { roleName: true } } } }));
    const held = new Set(user.roles.map((role) => role.roleName));
    const rolesAdded = wanted.filter((role) => !held.has(role));
    const reactivated = existing !== null && !existing.isActive;

    if (existing && (passwordHash !== undefined || reactivated || rolesAdded.length > 0)) {
      await tx.user.update({
        where: { id: user.id },
        // Any change of credentials or roles ends the user's existing sessions.
        data: { ...(passwordHash !== undefined ? { passwordHash } : {}), isActive: true, sessionVersion: { increment: 1 } },
      });
    }
    if (rolesAdded.length > 0) {
      await tx.userRole.createMany({ data: rolesAdded.map((roleName) => ({ userId: user.id, roleName })) });
    }
    if (existing && passwordHash !== undefined) {
      await recordAudit(tx, { type: AUDIT_EVENTS.passwordChanged, subjectId: user.id, details: { source } });
    }
    if (reactivated) {
      await recordAudit(tx, { type: AUDIT_EVENTS.userActivated, subjectId: user.id, details: { source } });
    }
    for (const role of rolesAdded) {
      await recordAudit(tx, {
        type: role === "admin" ? AUDIT_EVENTS.adminCreated : AUDIT_EVENTS.roleAdded,
        subjectId: user.id,
        details: { role, source },
      });
    }
    return { userId: user.id, created: existing === null, rolesAdded, reactivated };
  });
}
