// What both findSessionRecord suites (SQLite and PostgreSQL) compare against.
import type { Db } from "@/lib/db/client";

/** The same facts through Prisma's nested select (three statements), as the DAL used to read them. */
export async function throughPrisma(db: Db, sessionId: string) {
  const row = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      expires: true,
      idleSeconds: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          emailVerified: true,
          isActive: true,
          sessionVersion: true,
          lastLoginAt: true,
          createdAt: true,
          roles: { select: { roleName: true }, orderBy: { roleName: "asc" } },
        },
      },
    },
  });
  return row && { ...row, user: { ...row.user, roles: row.user.roles.map((role) => role.roleName) } };
}
