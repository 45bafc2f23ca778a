import { db } from "@/lib/db/client";

export type UserCounts = {
  total: number;
  active: number;
  inactive: number;
  byRole: { role: string; count: number }[];
};

/** User counts by status and by role (every role in the Role table, zero included). */
export async function countUsers(): Promise<UserCounts> {
  const [total, active, roles] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { isActive: true } }),
    db.role.findMany({ select: { name: true, _count: { select: { users: true } } }, orderBy: { name: "asc" } }),
  ]);
  return {
    total,
    active,
    inactive: total - active,
    byRole: roles.map((role) => ({ role: role.name, count: role._count.users })),
  };
}
