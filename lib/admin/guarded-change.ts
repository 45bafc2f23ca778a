import { db, type Tx } from "@/lib/db/client";
import type { RequestContext } from "@/lib/http/request-context";
import { checkAdminChange, type AdminChange, type GuardRailRefusal } from "./guard-rails";

export type { Tx };

export type AdminChangeOptions = { actorId: string; targetId: string; context: RequestContext };

export type AdminChangeResult = { ok: true } | { ok: false; reason: GuardRailRefusal | "not-found" | "conflict" };

/**
 * Runs an admin change on one user in a serializable transaction: the guard rails are checked
 * against facts read in that same transaction, so two admins demoting each other at once
 * cannot both succeed. `apply` makes the change and writes its audit event.
 */
export async function guardedChange(
  change: AdminChange,
  options: AdminChangeOptions,
  apply: (tx: Tx, target: { id: string; email: string; roles: string[]; isActive: boolean }) => Promise<void>,
): Promise<AdminChangeResult> {
  // A transaction that lost a race rolled back entirely, so it is safe to run again on fresh facts.
  for (let attempt = 1; ; attempt++) {
    try {
      return await runGuardedChange(change, options, apply);
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (attempt === MAX_ATTEMPTS) return { ok: false, reason: "conflict" };
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

const MAX_ATTEMPTS = 3;

/**
 * Another transaction got there first: PostgreSQL refuses one of two conflicting serializable
 * transactions (40001); SQLite refuses a read transaction's upgrade to a writer once another
 * connection has written (SQLITE_BUSY, which Prisma's adapter reports as a timeout, P1008).
 */
function isConflict(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "P1008" || /40001|could not serialize|write conflict|deadlock|SQLITE_BUSY|database is locked/i.test(String(message));
}

async function runGuardedChange(
  change: AdminChange,
  { actorId, targetId }: AdminChangeOptions,
  apply: (tx: Tx, target: { id: string; email: string; roles: string[]; isActive: boolean }) => Promise<void>,
): Promise<AdminChangeResult> {
  return db.$transaction(
    async (tx) => {
      // Write first: SQLite then takes its write lock before reading the facts (waiting for another
      // writer instead of failing later on a stale snapshot); PostgreSQL locks the target's row.
      await tx.$executeRaw`UPDATE "User" SET "updatedAt" = "updatedAt" WHERE "id" = ${targetId}`;
      const target = await tx.user.findUnique({
        where: { id: targetId },
        select: { id: true, email: true, isActive: true, roles: { select: { roleName: true } } },
      });
      if (!target) return { ok: false, reason: "not-found" } as const;
      const [activeAdminCount, roleRows] = await Promise.all([
        tx.user.count({ where: { isActive: true, roles: { some: { roleName: "admin" } } } }),
        tx.role.findMany({ select: { name: true } }),
      ]);
      const facts = {
        actorId,
        target: { id: target.id, isActive: target.isActive, roles: target.roles.map((role) => role.roleName) },
        activeAdminCount,
        existingRoles: roleRows.map((role) => role.name),
      };
      const refusal = checkAdminChange(change, facts);
      if (refusal) return { ok: false, reason: refusal } as const;
      await apply(tx, { id: target.id, email: target.email, roles: facts.target.roles, isActive: target.isActive });
      return { ok: true } as const;
    },
    { isolationLevel: "Serializable" },
  );
}
