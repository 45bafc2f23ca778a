// The admin users table at 100,000 users: p95 of the queries /admin/users runs, on SQLite and
// (when BENCH_POSTGRES_URL is set) PostgreSQL. Numbers, not assertions.
//   npm run bench:users               (seeds .bench/users.db when it has fewer than 100,000 users)
import { mkdirSync } from "node:fs";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { createPrismaClient, type Db } from "@/lib/db/create-client";

export const BENCH_USER_COUNT = Number(process.env.BENCH_USERS ?? 100_000);
const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 60);
const PAGE = 26; // a page of 25 plus one to know whether there is a next page

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

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

async function measure(run: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 5; warm++) await run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const began = performance.now();
    await run();
    samples.push(performance.now() - began);
  }
  return p95(samples);
}

const ORDER = [{ createdAt: "desc" as const }, { id: "desc" as const }];

export async function benchUserQueries(label: string, url: string): Promise<void> {
  await applyMigrations({ url });
  const db = createPrismaClient(url);
  try {
    await seedBenchUsers(db);
    const deep = await db.user.findMany({ orderBy: ORDER, skip: 50_000, take: 1, select: { createdAt: true, id: true } });
    const cursor = deep[0];
    if (!cursor) throw new Error("not enough users for the depth-50,000 page");

    const firstPage = await measure(() => db.user.findMany({ orderBy: ORDER, take: PAGE, select: { id: true, email: true } }));
    const deepPage = await measure(() =>
      db.user.findMany({
        where: { createdAt: { lte: cursor.createdAt }, NOT: { createdAt: cursor.createdAt, id: { gte: cursor.id } } },
        orderBy: ORDER,
        take: PAGE,
        select: { id: true, email: true },
      }),
    );
    const prefix = "member-0499";
    const prefixSearch = await measure(() =>
      db.user.findMany({ where: { email: { gte: prefix, lt: `${prefix}\uffff` } }, orderBy: { email: "asc" }, take: PAGE, select: { id: true } }),
    );
    const anyPart = "9x";
    const anyWhere = { OR: [{ email: { contains: anyPart } }, { name: { contains: anyPart } }] };
    const anySearch = await measure(() =>
      Promise.all([db.user.findMany({ where: anyWhere, orderBy: ORDER, take: PAGE, select: { id: true } }), db.user.count({ where: anyWhere })]),
    );
    const count = await measure(() => db.user.count());

    const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(`\nAdmin users table on ${label}, ${(await db.user.count()).toLocaleString("en")} users (p95 of ${RUNS} runs)`);
    console.log(`  first page                     ${fmt(firstPage)}`);
    console.log(`  page at depth 50,000 (keyset)  ${fmt(deepPage)}   ratio ${(deepPage / firstPage).toFixed(2)}×  (target ≤ 2)`);
    console.log(`  email prefix (gte/lt range)    ${fmt(prefixSearch)}`);
    console.log(`  any-part search + count        ${fmt(anySearch)}   vs count(*) ${fmt(count)}  ratio ${(anySearch / count).toFixed(2)}×  (target ≤ 2; LIKE scan, no trigram index yet)`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(".bench", { recursive: true });
  await benchUserQueries("SQLite", process.env.BENCH_SQLITE_URL ?? "file:./.bench/users.db");
  if (process.env.BENCH_POSTGRES_URL) await benchUserQueries("PostgreSQL", process.env.BENCH_POSTGRES_URL);
}
