import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, type AuditQuery } from "@/lib/validation/admin";
import { decodeCursor, encodeCursor } from "./keyset-cursor";

export type AuditRow = {
  id: string;
  type: string;
  actor: { id: string; email: string | null } | null;
  subject: { id: string; email: string | null } | null;
  ip: string | null;
  userAgent: string | null;
  details: string | null;
  createdAt: Date;
};

export type AuditPage = { rows: AuditRow[]; nextCursor: string | null };

type Where = NonNullable<NonNullable<Parameters<typeof db.auditEvent.count>[0]>["where"]>;

/** An actor/subject filter is a user id or an email (looked up to its id). */
async function resolveUser(value: string): Promise<string | null> {
  if (!value) return null;
  if (!value.includes("@")) return value;
  const user = await db.user.findUnique({ where: { email: value.toLowerCase() }, select: { id: true } });
  return user?.id ?? "\u0000no-such-user";
}

/** Newest first, keyset-paginated on (createdAt, id). */
export async function listAuditEvents(query: AuditQuery, pageSize: number = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const [actorId, subjectId] = await Promise.all([resolveUser(query.actor), resolveUser(query.subject)]);
  const where: Where[] = [];
  if (query.type) where.push({ type: query.type });
  if (actorId) where.push({ actorId });
  if (subjectId) where.push({ subjectId });
  if (query.from) where.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) where.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } });
  const cursor = decodeCursor(query.after);
  if (cursor?.value) {
    const at = new Date(cursor.value);
    where.push({ createdAt: { lte: at }, NOT: { createdAt: at, id: { gte: cursor.id } } });
  }

  const found = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = found.slice(0, pageSize);
  const ids = [...new Set(page.flatMap((event) => [event.actorId, event.subjectId]).filter((id): id is string => Boolean(id)))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  const person = (id: string | null) => (id ? { id, email: emailOf.get(id) ?? null } : null);

  const rows = page.map((event) => ({
    id: event.id,
    type: event.type,
    actor: person(event.actorId),
    subject: person(event.subjectId),
    ip: event.ip,
    userAgent: event.userAgent,
    details: event.details,
    createdAt: event.createdAt,
  }));
  const last = page.at(-1);
  return { rows, nextCursor: found.length > pageSize && last ? encodeCursor({ value: last.createdAt.toISOString(), id: last.id }) : null };
}
