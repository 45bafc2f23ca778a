import { db } from "@/lib/db/client";
import { isLocked } from "@/lib/lockout/policy";
import { listActiveSessions, type ActiveSession } from "@/lib/sessions/list-active-sessions";
import { listAuditEvents, type AuditRow } from "./list-audit-events";
import { listRoleNames } from "./list-role-names";
import { auditQuerySchema } from "@/lib/validation/admin";

export type UserDetail = {
  id: string;
  email: string;
  name: string | null;
  isActive: boolean;
  emailVerified: Date | null;
  createdAt: Date;
  lastLoginAt: Date | null;
  roles: string[];
  methods: string[];
  allRoles: string[];
  /** Consecutive failed sign-ins and the temporary lock they caused (lib/lockout). */
  failedSignInCount: number;
  lockedUntil: Date | null;
  locked: boolean;
  sessions: ActiveSession[];
  events: AuditRow[];
};

export async function getUserDetail(userId: string): Promise<UserDetail | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isActive: true,
      emailVerified: true,
      createdAt: true,
      lastLoginAt: true,
      passwordHash: true,
      failedSignInCount: true,
      lockedUntil: true,
      roles: { select: { roleName: true }, orderBy: { roleName: "asc" } },
      accounts: { select: { provider: true } },
    },
  });
  if (!user) return null;
  const [roles, sessions, events] = await Promise.all([
    listRoleNames(),
    listActiveSessions(user.id),
    listAuditEvents(auditQuerySchema.parse({ subject: user.id }), 20),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isActive: user.isActive,
    emailVerified: user.emailVerified,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
    roles: user.roles.map((role) => role.roleName),
    methods: [...(user.passwordHash ? ["password"] : []), ...new Set(user.accounts.map((account) => account.provider))],
    allRoles: roles,
    failedSignInCount: user.failedSignInCount,
    lockedUntil: user.lockedUntil,
    locked: isLocked(user, new Date()),
    sessions,
    events: events.rows,
  };
}
