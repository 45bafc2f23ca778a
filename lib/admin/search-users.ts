import { db as appDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { databaseDialect, type Dialect } from "@/lib/db/url";
import { hasSecondFactorSql, secondFactorKinds, type SecondFactorKind } from "@/lib/factors/second-factor-status";
import type { UsersQuery } from "@/lib/validation/admin";
import { cursorDate, type Cursor } from "./keyset-cursor";
import { type KeysetPage, type PlacedPage, placeKeysetPage, readKeysetPage } from "./keyset-page";
import { ftsSubstringQuery, likeContainsPattern, prefixUpperBound, readSearchTerm } from "./user-search-term";

export const USERS_PAGE_SIZE = 25;

export type UserRow = {
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  isActive: boolean;
  methods: string[];
  secondFactors: SecondFactorKind[];
  createdAt: Date;
  lastLoginAt: Date | null;
};

export type UsersPage = PlacedPage<UserRow>;

/** The database to ask; the app's own unless a bench or a test brings another. */
export type UsersDatabase = { client: typeof appDb; dialect: Dialect };

export type SearchUsersOptions = { pageSize?: number; database?: UsersDatabase };

/**
 * SQLite has no statistics for the FTS5 index (nor, unless ANALYZE ran, for the email range or
 * the role index), so it always gathers a search's (or a role's) matches first and sorts them: cheap for a few hundred,
 * ~3 µs a match beyond (0.3 s when 100,000 users match). Past this many matches it is cheaper
 * to walk the sort's index and test each row (~26 × users / matches rows fill a page).
 * PostgreSQL's planner makes the same choice from its statistics.
 */
const SQLITE_WALK_SORT_INDEX_ABOVE = 1_000;

/** How a search or role filter reaches its matches on SQLite: see SQLITE_WALK_SORT_INDEX_ABOVE. */
type MatchAccess = "matches-first" | "sort-index";

type Sql = Prisma.Sql;
const { sql, join, empty } = Prisma;

/**
 * What the filters say about a user row `u`. Raw SQL because neither dialect's trigram index is
 * reachable through Prisma's `where`; every value the admin typed is a bound parameter.
 */
function filterConditions(query: UsersQuery, dialect: Dialect, access: MatchAccess = "matches-first"): Sql[] {
  const conditions: Sql[] = [];
  const search = readSearchTerm(query.q);
  if (search.kind === "any-part") {
    // SQLite: the FTS5 trigram index (migration `user_search`), which folds case itself; the
    // unary + keeps SQLite from driving the query by rowid, so it walks the sort's index.
    // PostgreSQL: pg_trgm GIN indexes on lower(email) and lower(name).
    const rowid = access === "sort-index" ? sql`+u."rowid"` : sql`u."rowid"`;
    conditions.push(
      dialect === "sqlite"
        ? sql`${rowid} IN (SELECT "rowid" FROM "UserSearch" WHERE "UserSearch" MATCH ${ftsSubstringQuery(search.term)})`
        : sql`(lower(u."email") LIKE lower(${likeContainsPattern(search.term)}) OR lower(u."name") LIKE lower(${likeContainsPattern(search.term)}))`,
    );
  } else if (search.kind === "email-prefix") {
    // Too short for a trigram: the start of the email, as a range the email index serves,
    // then the exact prefix (so a collation's ordering can never add a row). Sorted by email,
    // that range is the walk; otherwise + keeps SQLite off it when it would walk the sort's index.
    const email = access === "sort-index" && query.sort !== "email" ? sql`+u."email"` : sql`u."email"`;
    conditions.push(
      sql`${email} >= ${search.prefix} AND ${email} < ${prefixUpperBound(search.prefix)} AND substr(u."email", 1, length(${search.prefix})) = ${search.prefix}`,
    );
  }
  if (query.role) {
    // A role with few members (admins, say) is best reached through the role index and sorted; a
    // crowded one by testing each row of the sort's walk (the same choice as for a search).
    conditions.push(
      access === "sort-index"
        ? sql`EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = u."id" AND r."roleName" = ${query.role})`
        : sql`u."id" IN (SELECT r."userId" FROM "UserRole" r WHERE r."roleName" = ${query.role})`,
    );
  }
  if (query.status) conditions.push(sql`u."isActive" = ${query.status === "active"}`);
  if (query.method === "password") conditions.push(sql`u."passwordHash" IS NOT NULL`);
  if (query.method === "provider") conditions.push(sql`EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = u."id")`);
  if (query.secondFactor === "with") conditions.push(hasSecondFactorSql(sql`u."id"`));
  if (query.secondFactor === "without") conditions.push(sql`NOT ${hasSecondFactorSql(sql`u."id"`)}`);
  return conditions;
}

/** A stretch of the sort order that one index walks: its own conditions and ORDER BY. */
type Segment = { where: Sql[]; orderBy: Sql };

type SortPlan = { segments: Segment[]; keyOf: (row: RawUserRow) => Cursor };

/**
 * Keyset pages. Dates are written as `col <= c AND NOT (col = c AND id >= cid)`: an index on
 * (col, id) seeks to the cursor, where the OR form and Prisma's `cursor` walk every earlier
 * entry. Last sign-in puts never-signed-in users last; no index on (lastLoginAt, id) gives
 * PostgreSQL that order (DESC NULLS LAST), so it is two segments, each a seek: the users who
 * signed in, newest first, then those who never did, by id.
 */
function sortPlan(query: UsersQuery, cursor: Cursor | null): SortPlan {
  switch (query.sort) {
    case "email":
      return {
        segments: [{ where: cursor?.value ? [sql`u."email" > ${cursor.value}`] : [], orderBy: sql`u."email" ASC` }],
        keyOf: (row) => ({ value: row.email, id: row.id }),
      };
    case "lastLogin": {
      const signedIn: Segment = { where: [sql`u."lastLoginAt" IS NOT NULL`], orderBy: sql`u."lastLoginAt" DESC, u."id" DESC` };
      const never: Segment = { where: [sql`u."lastLoginAt" IS NULL`], orderBy: sql`u."id" DESC` };
      const at = cursorDate(cursor);
      const segments: Segment[] =
        cursor && cursor.value === null
          ? [{ ...never, where: [...never.where, sql`u."id" < ${cursor.id}`] }]
          : at && cursor
            ? [{ ...signedIn, where: [...signedIn.where, sql`u."lastLoginAt" <= ${at} AND NOT (u."lastLoginAt" = ${at} AND u."id" >= ${cursor.id})`] }, never]
            : [signedIn, never];
      return { segments, keyOf: (row) => ({ value: row.lastLoginAt?.toISOString() ?? null, id: row.id }) };
    }
    default: {
      const at = cursorDate(cursor);
      return {
        segments: [
          {
            where: at && cursor ? [sql`u."createdAt" <= ${at} AND NOT (u."createdAt" = ${at} AND u."id" >= ${cursor.id})`] : [],
            orderBy: sql`u."createdAt" DESC, u."id" DESC`,
          },
        ],
        keyOf: (row) => ({ value: row.createdAt.toISOString(), id: row.id }),
      };
    }
  }
}

/**
 * The rows before a cursor, nearest first: sortPlan's seeks with each order turned round, so
 * Previous is a keyset page too, and counting them says where a page starts. Empty for a
 * cursor that names no place (then nothing comes before).
 */
function reverseSegments(query: UsersQuery, cursor: Cursor): Segment[] {
  switch (query.sort) {
    case "email":
      return cursor.value ? [{ where: [sql`u."email" < ${cursor.value}`], orderBy: sql`u."email" DESC` }] : [];
    case "lastLogin": {
      const signedIn: Segment = { where: [sql`u."lastLoginAt" IS NOT NULL`], orderBy: sql`u."lastLoginAt" ASC, u."id" ASC` };
      if (cursor.value === null) return [{ where: [sql`u."lastLoginAt" IS NULL`, sql`u."id" > ${cursor.id}`], orderBy: sql`u."id" ASC` }, signedIn];
      const at = cursorDate(cursor);
      return at
        ? [{ ...signedIn, where: [...signedIn.where, sql`u."lastLoginAt" >= ${at} AND NOT (u."lastLoginAt" = ${at} AND u."id" <= ${cursor.id})`] }]
        : [];
    }
    default: {
      const at = cursorDate(cursor);
      return at ? [{ where: [sql`u."createdAt" >= ${at} AND NOT (u."createdAt" = ${at} AND u."id" <= ${cursor.id})`], orderBy: sql`u."createdAt" ASC, u."id" ASC` }] : [];
    }
  }
}

function whereClause(conditions: Sql[]): Sql {
  return conditions.length > 0 ? sql`WHERE ${join(conditions, " AND ")}` : empty;
}

type RawUserRow = Omit<UserRow, "roles" | "methods" | "secondFactors"> & { hasPassword: boolean | number | bigint };

/** One page's users (plus one, to know whether another follows), in the segments' order. */
async function pageRows(database: UsersDatabase, filters: Sql[], segments: Segment[], limit: number): Promise<RawUserRow[]> {
  const rows: RawUserRow[] = [];
  for (const segment of segments) {
    if (rows.length >= limit) break;
    rows.push(
      ...(await database.client.$queryRaw<RawUserRow[]>`
        SELECT u."id", u."email", u."name", u."isActive", u."createdAt", u."lastLoginAt", u."passwordHash" IS NOT NULL AS "hasPassword"
        FROM "User" u ${whereClause([...filters, ...segment.where])}
        ORDER BY ${segment.orderBy} LIMIT ${limit - rows.length}`),
    );
  }
  return rows;
}

async function countMatching(database: UsersDatabase, filters: Sql[]): Promise<number> {
  const [row] = await database.client.$queryRaw<{ total: bigint | number }[]>`
    SELECT count(*) AS "total" FROM "User" u ${whereClause(filters)}`;
  return Number(row?.total ?? 0);
}

export type UsersPageRows = KeysetPage<UserRow>;

function resolve(options: SearchUsersOptions): { pageSize: number; database: UsersDatabase } {
  return { pageSize: options.pageSize ?? USERS_PAGE_SIZE, database: options.database ?? { client: appDb, dialect: databaseDialect() } };
}

/**
 * One page of the admin users table and the number of users that match, for the search,
 * filters and sort in the URL. Terms of 3 characters or more match any part of the email or
 * name (trigram indexes); shorter ones match the start of the email (the email index).
 */
export async function searchUsers(query: UsersQuery, options: SearchUsersOptions = {}): Promise<UsersPage> {
  const { database } = resolve(options);
  if (database.dialect === "sqlite" && (readSearchTerm(query.q).kind !== "none" || query.role)) {
    // The count first: how many match decides how the page reaches them.
    const total = await countMatchingUsers(query, options);
    return withPlace(query, options, await findUsersPage(query, { ...options, matches: total }), total);
  }
  const [page, total] = await Promise.all([findUsersPage(query, options), countMatchingUsers(query, options)]);
  return withPlace(query, options, page, total);
}

/** Where the page starts: the matching users before its first row, counted along reverseSegments. */
function withPlace(query: UsersQuery, options: SearchUsersOptions, page: UsersPageRows, total: number): Promise<UsersPage> {
  const { database } = resolve(options);
  const filters = filterConditions(query, database.dialect);
  return placeKeysetPage(page, total, async (cursor) => {
    const counts = await Promise.all(reverseSegments(query, cursor).map((segment) => countMatching(database, [...filters, ...segment.where])));
    return counts.reduce((sum, count) => sum + count, 0);
  });
}

/**
 * The rows of one page and the cursor of the next (searchUsers without the count). `matches`:
 * how many users match, when the caller knows (it picks the faster way to a crowded search).
 */
export async function findUsersPage(query: UsersQuery, options: SearchUsersOptions & { matches?: number } = {}): Promise<UsersPageRows> {
  const { pageSize, database } = resolve(options);
  const access: MatchAccess = (options.matches ?? 0) > SQLITE_WALK_SORT_INDEX_ABOVE ? "sort-index" : "matches-first";
  const filters = filterConditions(query, database.dialect, access);
  const page = await readKeysetPage<RawUserRow>(
    {
      forward: (cursor, limit) => pageRows(database, filters, sortPlan(query, cursor).segments, limit),
      backward: (cursor, limit) => pageRows(database, filters, reverseSegments(query, cursor), limit),
      keyOf: sortPlan(query, null).keyOf,
    },
    query,
    pageSize,
  );
  const userIds = page.rows.map((row) => row.id);
  const [roles, accounts, factors] = await Promise.all([
    database.client.userRole.findMany({ where: { userId: { in: userIds } }, select: { userId: true, roleName: true }, orderBy: { roleName: "asc" } }),
    database.client.account.findMany({ where: { userId: { in: userIds } }, select: { userId: true, provider: true } }),
    secondFactorKinds(database.client, userIds),
  ]);
  const rows: UserRow[] = page.rows.map(({ hasPassword, ...row }) => ({
    ...row,
    roles: roles.filter((role) => role.userId === row.id).map((role) => role.roleName),
    methods: [
      // SQLite answers IS NOT NULL with 0 or 1, PostgreSQL with a boolean.
      ...(Boolean(hasPassword) ? ["password"] : []),
      ...new Set(accounts.filter((account) => account.userId === row.id).map((account) => account.provider)),
    ],
    secondFactors: factors.get(row.id) ?? [],
  }));
  return { ...page, rows };
}

/** How many users match the search and filters (the sort and cursor do not matter). */
export async function countMatchingUsers(query: UsersQuery, options: SearchUsersOptions = {}): Promise<number> {
  const { database } = resolve(options);
  return countMatching(database, filterConditions(query, database.dialect));
}
