import { idSchema } from "@/lib/validation/sessions";
import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, type AuditQuery } from "@/lib/validation/admin";
import { cursorDate, type Cursor } from "./keyset-cursor";
import { type KeysetPage, type PlacedPage, placeKeysetPage, readKeysetPage } from "./keyset-page";

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

export type AuditPage = KeysetPage<AuditRow>;

/** A page of the security log, with the count of the events its filters match and where it starts. */
export type AuditLogPage = PlacedPage<AuditRow>;

type Where = NonNullable<NonNullable<Parameters<typeof db.auditEvent.count>[0]>["where"]>;
type AuditEvent = Awaited<ReturnType<typeof db.auditEvent.findMany>>[number];

/** An actor/subject filter is a user id or an email (looked up to its id); an unknown email, or anything that cannot be an id, matches no event. */
async function resolveUser(value: string): Promise<string[] | null> {
  if (!value) return null;
  if (!value.includes("@")) return idSchema.safeParse(value).success ? [value] : [];
  const user = await db.user.findUnique({ where: { email: value.toLowerCase() }, select: { id: true } });
  return user ? [user.id] : [];
}

async function filterConditions(query: AuditQuery): Promise<Where[]> {
  const [actorIds, subjectIds] = await Promise.all([resolveUser(query.actor), resolveUser(query.subject)]);
  const where: Where[] = [];
  if (query.type) where.push({ type: query.type });
  if (actorIds) where.push({ actorId: { in: actorIds } });
  if (subjectIds) where.push({ subjectId: { in: subjectIds } });
  if (query.from) where.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) where.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } });
  return where;
}

/**
 * Keyset conditions on (createdAt, id), as `createdAt <= c AND NOT (createdAt = c AND id >= cid)`
 * (and its mirror): the index on createdAt, or the filter's (type|actorId|subjectId, createdAt),
 * seeks to the cursor, and only events sharing one timestamp are sorted by id (SQLite's "temp
 * B-tree for last term", PostgreSQL's incremental sort; both stop at the page's LIMIT), so the
 * indexes need no id. The OR form would walk every earlier entry. Null for a cursor that names no time.
 */
function after(cursor: Cursor): Where | null {
  const at = cursorDate(cursor);
  return at && { createdAt: { lte: at }, NOT: { createdAt: at, id: { gte: cursor.id } } };
}

function before(cursor: Cursor): Where | null {
  const at = cursorDate(cursor);
  return at && { createdAt: { gte: at }, NOT: { createdAt: at, id: { lte: cursor.id } } };
}

async function withPeople(events: AuditEvent[]): Promise<AuditRow[]> {
  const ids = [...new Set(events.flatMap((event) => [event.actorId, event.subjectId]).filter((id): id is string => Boolean(id)))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  const person = (id: string | null) => (id ? { id, email: emailOf.get(id) ?? null } : null);
  return events.map((event) => ({
    id: event.id,
    type: event.type,
    actor: person(event.actorId),
    subject: person(event.subjectId),
    ip: event.ip,
    userAgent: event.userAgent,
    details: event.details,
    createdAt: event.createdAt,
  }));
}

async function readPage(filters: Where[], query: AuditQuery, pageSize: number): Promise<AuditPage> {
  const page = await readKeysetPage<AuditEvent>(
    {
      forward: (cursor, limit) => {
        const seek = cursor && after(cursor);
        return db.auditEvent.findMany({ where: { AND: seek ? [...filters, seek] : filters }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
      },
      backward: async (cursor, limit) => {
        const seek = before(cursor);
        return seek ? db.auditEvent.findMany({ where: { AND: [...filters, seek] }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: limit }) : [];
      },
      keyOf: (event) => ({ value: event.createdAt.toISOString(), id: event.id }),
    },
    query,
    pageSize,
  );
  return { ...page, rows: await withPeople(page.rows) };
}

/** Newest first, keyset-paginated on (createdAt, id): Next (`after`) and Previous (`before`). */
export async function listAuditEvents(query: AuditQuery, pageSize: number = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  return readPage(await filterConditions(query), query, pageSize);
}

/** The security log: listAuditEvents, how many events the filters match, and where the page starts (1–50 of N). */
export async function listAuditLog(query: AuditQuery, pageSize: number = AUDIT_PAGE_SIZE): Promise<AuditLogPage> {
  const filters = await filterConditions(query);
  const [page, total] = await Promise.all([readPage(filters, query, pageSize), db.auditEvent.count({ where: { AND: filters } })]);
  return placeKeysetPage(page, total, (cursor) => {
    const seek = before(cursor);
    return seek ? db.auditEvent.count({ where: { AND: [...filters, seek] } }) : Promise.resolve(0);
  });
}
