import { db } from "@/lib/db/client";
import { databaseDialect } from "@/lib/db/url";
import type { UsersQuery } from "@/lib/validation/admin";
import { decodeCursor, encodeCursor } from "./keyset-cursor";

export const USERS_PAGE_SIZE = 25;

export type UserRow = {
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  isActive: boolean;
  methods: string[];
  createdAt: Date;
  lastLoginAt: Date | null;
};

export type UsersPage = { rows: UserRow[]; total: number; nextCursor: string | null };

type Where = NonNullable<NonNullable<Parameters<typeof db.user.count>[0]>["where"]>;
type OrderBy = { [key: string]: unknown }[];

function filterWhere(query: UsersQuery): Where[] {
  const where: Where[] = [];
  if (query.q) {
    const lower = query.q.toLowerCase();
    // Emails are stored lower-cased. PostgreSQL compares names case-sensitively unless asked;
    // SQLite's LIKE is case-insensitive already (and has no `mode`).
    const nameFilter = (databaseDialect() === "postgres"
      ? { contains: query.q, mode: "insensitive" }
      : { contains: query.q }) as { contains: string };
    where.push({ OR: [{ email: { contains: lower } }, { name: nameFilter }] });
  }
  if (query.role) where.push({ roles: { some: { roleName: query.role } } });
  if (query.status) where.push({ isActive: query.status === "active" });
  if (query.method === "password") where.push({ passwordHash: { not: null } });
  if (query.method === "provider") where.push({ accounts: { some: {} } });
  return where;
}

/**
 * Keyset pagination. For the created sort it is written as
 * `createdAt <= c AND NOT (createdAt = c AND id >= cid)`, which an index on (createdAt, id)
 * seeks into; the OR form and Prisma's `cursor` walk every earlier entry.
 */
function sortPlan(query: UsersQuery): { orderBy: OrderBy; after: (cursor: { value: string | null; id: string }) => Where; valueOf: (row: UserRow) => string | null } {
  switch (query.sort) {
    case "email":
      return {
        orderBy: [{ email: "asc" }],
        after: (cursor) => ({ email: { gt: cursor.value ?? "" } }),
        valueOf: (row) => row.email,
      };
    case "lastLogin":
      return {
        orderBy: [{ lastLoginAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
        after: (cursor) =>
          cursor.value === null
            ? { lastLoginAt: null, id: { lt: cursor.id } }
            : {
                OR: [
                  { lastLoginAt: { lte: new Date(cursor.value) }, NOT: { lastLoginAt: new Date(cursor.value), id: { gte: cursor.id } } },
                  { lastLoginAt: null },
                ],
              },
        valueOf: (row) => row.lastLoginAt?.toISOString() ?? null,
      };
    default:
      return {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        after: (cursor) => ({
          createdAt: { lte: new Date(cursor.value ?? 0) },
          NOT: { createdAt: new Date(cursor.value ?? 0), id: { gte: cursor.id } },
        }),
        valueOf: (row) => row.createdAt.toISOString(),
      };
  }
}

export async function searchUsers(query: UsersQuery, pageSize: number = USERS_PAGE_SIZE): Promise<UsersPage> {
  const filters = filterWhere(query);
  const plan = sortPlan(query);
  const cursor = decodeCursor(query.after);
  const pageWhere = cursor ? [...filters, plan.after(cursor)] : filters;

  const [found, total] = await Promise.all([
    db.user.findMany({
      where: { AND: pageWhere },
      // Cast: the plan's orderBy is one of three literal shapes Prisma accepts.
      orderBy: plan.orderBy as never,
      take: pageSize + 1,
      select: {
        id: true,
        email: true,
        name: true,
        isActive: true,
        createdAt: true,
        lastLoginAt: true,
        passwordHash: true,
        roles: { select: { roleName: true }, orderBy: { roleName: "asc" } },
        accounts: { select: { provider: true } },
      },
    }),
    db.user.count({ where: { AND: filters } }),
  ]);
  const rows: UserRow[] = found.slice(0, pageSize).map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    isActive: user.isActive,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
    roles: user.roles.map((role) => role.roleName),
    methods: [...(user.passwordHash ? ["password"] : []), ...new Set(user.accounts.map((account) => account.provider))],
  }));
  const last = rows.at(-1);
  return { rows, total, nextCursor: found.length > pageSize && last ? encodeCursor({ value: plan.valueOf(last), id: last.id }) : null };
}
