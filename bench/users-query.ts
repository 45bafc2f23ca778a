// The admin users table at 100,000 users: p95 of the queries /admin/users runs, on SQLite and
// (when BENCH_POSTGRES_URL is set) PostgreSQL. Numbers, not assertions.
//   npm run bench:users               (seeds .bench/users.db when it has fewer than 100,000 users)
import { mkdirSync } from "node:fs";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { databaseDialect } from "@/lib/db/url";
import { countMatchingUsers, findUsersPage, searchUsers } from "@/lib/admin/search-users";
import { encodeCursor } from "@/lib/admin/keyset-cursor";
import { usersQuerySchema, type UsersQuery } from "@/lib/validation/admin";

export const BENCH_USER_COUNT = Number(process.env.BENCH_USERS ?? 100_000);
const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 60);

/** Seeds BENCH_USER_COUNT users (batches of 2,000) unless they are already there. */
export async function seedBenchUsers(db: Db, count = BENCH_USER_COUNT): Promise<void> {
  const existing = await db.user.count({ where: { email: { endsWith: "@users.bench" } } });
  const start = Date.UTC(2020, 0, 1);
  for (let index = existing; index < count; index += 2000) {
    const batch = Array.from({ length: Math.min(2000, count - index) }, (_, offset) => {
      const n = index + offset;
      return {
        email: `member-${String(n).padStart(6, "0")}@users.bench`,
        name: `Person ${n.toString(36)} Bench`,
        // Several users per second, so ties on createdAt are common and the id breaks them.
        createdAt: new Date(start + Math.floor(n / 3) * 1000),
        lastLoginAt: n % 4 === 0 ? null : new Date(start + n * 997),
      };
    });
    await db.user.createMany({ data: batch });
  }
}

/** Every 1,000th bench user is an admin (100 of 100,000); every other admin has an authenticator app. */
async function seedBenchAdmins(db: Db): Promise<void> {
  const admins = await db.user.findMany({ where: { email: { endsWith: "000@users.bench" } }, select: { id: true }, orderBy: { email: "asc" } });
  const ids = admins.map(({ id }) => id);
  await db.userRole.deleteMany({ where: { userId: { in: ids }, roleName: "admin" } });
  await db.userRole.createMany({ data: ids.map((userId) => ({ userId, roleName: "admin" })) });
  const enrolled = admins.filter((_, index) => index % 2 === 0);
  await db.totpFactor.deleteMany({ where: { userId: { in: enrolled.map(({ id }) => id) } } });
  await db.totpFactor.createMany({ data: enrolled.map(({ id }) => ({ userId: id, secret: "bench", confirmedAt: new Date() })) });
}

type Timing = { p95: number; median: number };

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

// 20 warm-up runs: the first timed query otherwise pays for caches and the garbage the
// OFFSET lookups in cursorAtDepth leave behind.
async function measure(run: () => Promise<unknown>): Promise<Timing> {
  for (let warm = 0; warm < 20; warm++) await run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const began = performance.now();
    await run();
    samples.push(performance.now() - began);
  }
  const sorted = samples.sort((a, b) => a - b);
  return { p95: percentile(sorted, 0.95), median: percentile(sorted, 0.5) };
}

type Sort = UsersQuery["sort"];
const query = (input: Partial<Record<keyof UsersQuery, string>>): UsersQuery => usersQuerySchema.parse(input);

/** The cursor /admin/users would carry after 50,000 rows in this sort (found once with OFFSET, not timed). */
async function cursorAtDepth(db: Db, sort: Sort, depth: number): Promise<string> {
  const select = { id: true, email: true, createdAt: true, lastLoginAt: true } as const;
  const [row] =
    sort === "email"
      ? await db.user.findMany({ orderBy: { email: "asc" }, skip: depth - 1, take: 1, select })
      : sort === "lastLogin"
        ? await db.user.findMany({ orderBy: [{ lastLoginAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], skip: depth - 1, take: 1, select })
        : await db.user.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: depth - 1, take: 1, select });
  if (!row) throw new Error(`not enough users for a page at depth ${depth}`);
  const value = sort === "email" ? row.email : sort === "lastLogin" ? (row.lastLoginAt?.toISOString() ?? null) : row.createdAt.toISOString();
  return encodeCursor({ value, id: row.id });
}

// What /admin/users runs (lib/admin/search-users.ts), on the bench database: the page's rows
// (findUsersPage) and, for searches, rows and count together (searchUsers), as the page does.
export async function benchUserQueries(label: string, url: string): Promise<void> {
  await applyMigrations({ url });
  const db = createPrismaClient(url);
  const dialect = databaseDialect(url);
  const options = { database: { client: db, dialect } };
  try {
    const before = await db.user.count();
    await seedBenchUsers(db);
    await seedBenchAdmins(db);
    // After a bulk load an operator refreshes the planner's statistics (autovacuum would, later).
    if (dialect === "postgres" && (await db.user.count()) !== before) await db.$executeRaw`VACUUM ANALYZE "User"`;

    const pages = {} as Record<Sort, { first: Timing; deep: Timing }>;
    for (const sort of ["created", "lastLogin", "email"] as const) {
      const after = await cursorAtDepth(db, sort, 50_000);
      pages[sort] = {
        first: await measure(() => findUsersPage(query({ sort }), options)),
        deep: await measure(() => findUsersPage(query({ sort, after }), options)),
      };
    }
    // The whole page at depth 50,000 as /admin/users asks: rows, the count and where the page
    // starts ("50,001–50,025 of 100,000", which counts the rows before it).
    const deepCursor = await cursorAtDepth(db, "created", 50_000);
    const deepWhole = await measure(() => searchUsers(query({ after: deepCursor }), options));
    const prefixTerm = "member-0499"; // the start of 100 emails, found through the trigram index like any part
    const prefixSearch = await measure(() => searchUsers(query({ q: prefixTerm }), options));
    const shortTerm = "me"; // shorter than a trigram: the email-prefix range; every bench email starts with it
    const shortSearch = await measure(() => searchUsers(query({ q: shortTerm }), options));
    const anyPartTerm = "son 9x"; // names "Person 9x…": 37 users
    const anySearch = await measure(() => searchUsers(query({ q: anyPartTerm }), options));
    const broadTerm = "bench"; // in every bench user's email and name
    const broadSearch = await measure(() => searchUsers(query({ q: broadTerm }), options));
    const admins = await measure(() => searchUsers(query({ role: "admin" }), options));
    const adminsWithout = await measure(() => searchUsers(query({ role: "admin", secondFactor: "without" }), options));
    const count = await measure(() => countMatchingUsers(query({}), options));
    // The unfiltered count as Prisma's count() asks for it (the baseline this bench used before).
    const prismaCount = await measure(() => db.user.count());
    const matches = async (q: string) => (await countMatchingUsers(query({ q }), options)).toLocaleString("en");

    const fmt = (timing: Timing) => `${timing.p95.toFixed(2).padStart(6)} ms (median ${timing.median.toFixed(2)})`;
    const ratio = (a: Timing, b: Timing) => `${(a.p95 / b.p95).toFixed(2)}×`;
    console.log(`\nAdmin users table on ${label}, ${(await db.user.count()).toLocaleString("en")} users (p95 of ${RUNS} runs; target p95 ≤ 50 ms each)`);
    console.log(`  first page                          ${fmt(pages.created.first)}`);
    console.log(`  page at depth 50,000 (keyset)       ${fmt(pages.created.deep)}   ratio ${ratio(pages.created.deep, pages.created.first)}  (target ≤ 2)`);
    console.log(`    with the count and its place ("50,001–50,025 of …") ${fmt(deepWhole)}`);
    console.log(`    by last sign-in: first ${fmt(pages.lastLogin.first)}, depth 50,000 ${fmt(pages.lastLogin.deep)}   ratio ${ratio(pages.lastLogin.deep, pages.lastLogin.first)}`);
    console.log(`    by email:        first ${fmt(pages.email.first)}, depth 50,000 ${fmt(pages.email.deep)}   ratio ${ratio(pages.email.deep, pages.email.first)}`);
    console.log(`  email prefix "${prefixTerm}" + count (${await matches(prefixTerm)} match) ${fmt(prefixSearch)}`);
    console.log(`    2-character prefix "${shortTerm}" + count (${await matches(shortTerm)} match, worst case) ${fmt(shortSearch)}`);
    console.log(`  admins + count (${await countMatchingUsers(query({ role: "admin" }), options)}) ${fmt(admins)}; admins without a second factor + count (${await countMatchingUsers(query({ role: "admin", secondFactor: "without" }), options)}) ${fmt(adminsWithout)}`);
    console.log(`  unfiltered count(*): as the page asks ${fmt(count)}, through Prisma's count() ${fmt(prismaCount)}`);
    console.log(`  any-part "${anyPartTerm}" + count (${await matches(anyPartTerm)} match) ${fmt(anySearch)}   ratio ${ratio(anySearch, count)} / ${ratio(anySearch, prismaCount)}  (target ≤ 2)`);
    console.log(`    any-part "${broadTerm}" + count (${await matches(broadTerm)} match, worst case) ${fmt(broadSearch)}   ratio ${ratio(broadSearch, count)} / ${ratio(broadSearch, prismaCount)}`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(".bench", { recursive: true });
  await benchUserQueries("SQLite", process.env.BENCH_SQLITE_URL ?? "file:./.bench/users.db");
  if (process.env.BENCH_POSTGRES_URL) await benchUserQueries("PostgreSQL", process.env.BENCH_POSTGRES_URL);
}
