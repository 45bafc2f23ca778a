import type { UserDetail } from "@/lib/admin/get-user-detail";
import type { UserRow } from "@/lib/admin/search-users";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function userRowJson(row: UserRow) {
  return { id: row.id, email: row.email, name: row.name, roles: row.roles, active: row.isActive, methods: row.methods, secondFactors: row.secondFactors, createdAt: iso(row.createdAt), lastLoginAt: iso(row.lastLoginAt) };
}

export function userDetailJson(user: UserDetail) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    active: user.isActive,
    methods: user.methods,
    emailVerified: iso(user.emailVerified),
    createdAt: iso(user.createdAt),
    lastLoginAt: iso(user.lastLoginAt),
    locked: user.locked,
    activeSessions: user.sessions.length,
  };
}
