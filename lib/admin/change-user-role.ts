import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { guardedChange, type AdminChangeOptions, type AdminChangeResult } from "./guarded-change";

export type ChangeUserRoleOptions = AdminChangeOptions & { role: string; grant: boolean };

/**
 * Adds or removes one role. The data access layer reads roles on every request, so the change
 * holds on the user's next request; their edge role claim follows within SESSION_ROLE_REFRESH.
 */
export async function changeUserRole({ role, grant, ...options }: ChangeUserRoleOptions): Promise<AdminChangeResult> {
  return guardedChange({ kind: grant ? "add-role" : "remove-role", role }, options, async (tx, target) => {
    const has = target.roles.includes(role);
    if (grant === has) return;
    if (grant) await tx.userRole.create({ data: { userId: target.id, roleName: role } });
    else await tx.userRole.delete({ where: { userId_roleName: { userId: target.id, roleName: role } } });
    await recordAudit(tx, {
      type: grant ? AUDIT_EVENTS.roleAdded : AUDIT_EVENTS.roleRemoved,
      actorId: options.actorId,
      subjectId: target.id,
      ...options.context,
      details: { role },
    });
  });
}
