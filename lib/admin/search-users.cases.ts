// The admin users search, as a table of cases both dialects must pass: search-users.test.ts
// (SQLite) and search-users.postgres.test.ts (PostgreSQL) run them against a freshly migrated
// database, so the hand-written indexes and triggers of migration `user_search` are under test.
import { beforeAll, describe, expect, it } from "vitest";
import { usersQuerySchema, type UsersQuery } from "@/lib/validation/admin";
import { searchUsers, type UsersDatabase } from "./search-users";

type Seed = {
  email: string;
  name: string | null;
  createdAt: Date;
  lastLoginAt: Date | null;
  isActive: boolean;
  roles: string[];
  password: boolean;
  provider: boolean;
  /** A confirmed authenticator app; "enrolling" is one started and never confirmed (no factor yet). */
  factor?: "confirmed" | "enrolling";
};

const DOMAIN = "page.test";
const base = Date.UTC(2025, 0, 1);

/** 30 users: ties on createdAt and lastLoginAt (the id must break them), some never signed in. */
function pagedUsers(): Seed[] {
  return Array.from({ length: 30 }, (_, index) => ({
    email: `p${String(index).padStart(2, "0")}x${(index * 7) % 30}@${DOMAIN}`,
    name: index % 6 === 1 ? `Quirin Rarename ${index}` : `Paged Person ${index}`,
    createdAt: new Date(base + Math.floor(index / 3) * 60_000),
    lastLoginAt: index % 4 === 0 ? null : new Date(base + 86_400_000 + Math.floor(index / 2) * 1000),
    isActive: index % 5 !== 0,
    roles: [...(index % 3 === 0 ? ["user", "editor"] : ["user"]), ...(index % 5 === 2 ? ["admin"] : [])],
    password: index % 2 === 0,
    provider: index % 7 === 0,
    factor: index % 4 === 1 ? "confirmed" : index % 4 === 3 ? "enrolling" : undefined,
  }));
}

const SPECIAL: Seed[] = [
  { email: "under_score@odd.test", name: "Percent 100% Sure", createdAt: new Date(base), lastLoginAt: null, isActive: true, roles: ["user"], password: true, provider: false },
  { email: "underxscore@odd.test", name: "Percent 1000 Sure", createdAt: new Date(base), lastLoginAt: null, isActive: true, roles: ["user"], password: true, provider: false },
  { email: "back\\slash@odd.test", name: 'Dara O"Brien', createdAt: new Date(base), lastLoginAt: null, isActive: true, roles: ["user"], password: true, provider: false },
  { email: "zq-first@odd.test", name: "Nobody Special", createdAt: new Date(base), lastLoginAt: null, isActive: true, roles: ["user"], password: true, provider: false },
  { email: "middle-zq@odd.test", name: "Zq In The Name", createdAt: new Date(base), lastLoginAt: null, isActive: true, roles: ["user"], password: true, provider: false },
];

const query = (input: Partial<Record<keyof UsersQuery, string>>): UsersQuery => usersQuerySchema.parse(input);

async function seed(database: UsersDatabase, users: Seed[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const user of users) {
    const created = await database.client.user.create({
      data: {
        email: user.email,
        name: user.name,
        createdAt: user.createdAt,
        lastLoginAt: user.lastLoginAt,
        isActive: user.isActive,
        passwordHash: user.password ? "$2b$10$not-a-real-hash" : null,
        roles: { create: user.roles.map((roleName) => ({ roleName })) },
        accounts: user.provider ? { create: { type: "oauth", provider: "github", providerAccountId: user.email } } : undefined,
        totpFactor: user.factor ? { create: { secret: "sealed", confirmedAt: user.factor === "confirmed" ? user.createdAt : null } } : undefined,
      },
    });
    ids.set(user.email, created.id);
  }
  return ids;
}

type SeenPage = { emails: string[]; rowsBefore: number; previousCursor: string | null };

/** Every page of a query, followed through nextCursor, as emails. */
async function allPages(database: UsersDatabase, input: Partial<Record<keyof UsersQuery, string>>, pageSize: number) {
  const emails: string[] = [];
  const pages: SeenPage[] = [];
  const totals = new Set<number>();
  let after = "";
  for (let guard = 0; guard < 100; guard++) {
    const page = await searchUsers(query({ ...input, after }), { database, pageSize });
    emails.push(...page.rows.map((row) => row.email));
    pages.push({ emails: page.rows.map((row) => row.email), rowsBefore: page.rowsBefore, previousCursor: page.previousCursor });
    totals.add(page.total);
    if (!page.nextCursor) return { emails, pages, totals: [...totals] };
    after = page.nextCursor;
  }
  throw new Error("pagination did not end");
}

/** From the last page back to the first through previousCursor (the reverse keyset query). */
async function pagesBack(database: UsersDatabase, input: Partial<Record<keyof UsersQuery, string>>, pageSize: number, last: SeenPage) {
  const pages: SeenPage[] = [last];
  let before = last.previousCursor;
  for (let guard = 0; before && guard < 100; guard++) {
    const page = await searchUsers(query({ ...input, before }), { database, pageSize });
    pages.unshift({ emails: page.rows.map((row) => row.email), rowsBefore: page.rowsBefore, previousCursor: page.previousCursor });
    before = page.previousCursor;
  }
  return pages;
}

const byCreated = (ids: Map<string, string>) => (a: Seed, b: Seed) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (ids.get(b.email)! < ids.get(a.email)! ? -1 : 1);
const byLastLogin = (ids: Map<string, string>) => (a: Seed, b: Seed) => {
  if (a.lastLoginAt === null || b.lastLoginAt === null) {
    if (a.lastLoginAt !== b.lastLoginAt) return a.lastLoginAt === null ? 1 : -1;
  } else if (a.lastLoginAt.getTime() !== b.lastLoginAt.getTime()) {
    return b.lastLoginAt.getTime() - a.lastLoginAt.getTime();
  }
  return ids.get(b.email)! < ids.get(a.email)! ? -1 : 1;
};
const byEmail = (a: Seed, b: Seed) => (a.email < b.email ? -1 : 1);

export function searchUsersCases(dialect: string, open: () => Promise<UsersDatabase>): void {
  describe(`searchUsers on ${dialect}`, () => {
    let database: UsersDatabase;
    let ids: Map<string, string>;
    const paged = pagedUsers();

    // Creating, migrating and seeding a database: as long as every other database setup may take.
    beforeAll(async () => {
      database = await open();
      ids = await seed(database, [...paged, ...SPECIAL]);
    }, 60_000);

    const emailsOf = (input: Partial<Record<keyof UsersQuery, string>>) =>
      searchUsers(query(input), { database, pageSize: 100 }).then((page) => ({ emails: page.rows.map((row) => row.email).sort(), total: page.total }));

    it("finds any part of the email or the name, whatever the case, with the count of the rows", async () => {
      expect(await emailsOf({ q: "RARENAME" })).toEqual({
        emails: paged.filter((user) => user.name?.includes("Rarename")).map((user) => user.email).sort(),
        total: 5,
      });
      expect(await emailsOf({ q: "score@odd" })).toEqual({ emails: ["under_score@odd.test", "underxscore@odd.test"], total: 2 });
      expect(await emailsOf({ q: "x14@page" })).toEqual({ emails: ["p02x14@page.test"], total: 1 });
      expect(await emailsOf({ q: "no such text" })).toEqual({ emails: [], total: 0 });
    });

    it("reads %, _, \\ and quotes as themselves, not as patterns or query syntax", async () => {
      expect(await emailsOf({ q: "r_s" })).toEqual({ emails: ["under_score@odd.test"], total: 1 });
      expect(await emailsOf({ q: "100%" })).toEqual({ emails: ["under_score@odd.test"], total: 1 });
      expect(await emailsOf({ q: "k\\s" })).toEqual({ emails: ["back\\slash@odd.test"], total: 1 });
      expect(await emailsOf({ q: 'o"b' })).toEqual({ emails: ["back\\slash@odd.test"], total: 1 });
      expect(await emailsOf({ q: "Sure OR Nobody" })).toEqual({ emails: [], total: 0 });
      expect(await emailsOf({ q: "und*" })).toEqual({ emails: [], total: 0 });
    });

    it("matches a term shorter than 3 characters at the start of the email only", async () => {
      expect(await emailsOf({ q: "ZQ" })).toEqual({ emails: ["zq-first@odd.test"], total: 1 });
      expect(await emailsOf({ q: "p2" })).toEqual({ emails: paged.filter((user) => user.email.startsWith("p2")).map((user) => user.email).sort(), total: 10 });
      expect(await emailsOf({ q: "_" })).toEqual({ emails: [], total: 0 });
    });

    const combinations: { label: string; input: Partial<Record<keyof UsersQuery, string>>; keep: (user: Seed) => boolean }[] = [
      { label: "a search", input: { q: DOMAIN }, keep: () => true },
      { label: "a search and the editor role", input: { q: DOMAIN, role: "editor" }, keep: (user) => user.roles.includes("editor") },
      { label: "a search and inactive", input: { q: DOMAIN, status: "inactive" }, keep: (user) => !user.isActive },
      { label: "a search and active with a password", input: { q: DOMAIN, status: "active", method: "password" }, keep: (user) => user.isActive && user.password },
      { label: "a search and a provider", input: { q: "person", method: "provider" }, keep: (user) => user.provider && Boolean(user.name?.includes("Person")) },
      { label: "a short prefix", input: { q: "p1" }, keep: (user) => user.email.startsWith("p1") },
      // "Admins without a second factor": one URL, no search; an app still being set up is no factor.
      { label: "admins without a second factor", input: { role: "admin", secondFactor: "without" }, keep: (user) => user.roles.includes("admin") && user.factor !== "confirmed" },
      { label: "a search and a second factor", input: { q: DOMAIN, secondFactor: "with" }, keep: (user) => user.factor === "confirmed" },
      { label: "a search, editors, without a second factor", input: { q: DOMAIN, role: "editor", secondFactor: "without" }, keep: (user) => user.roles.includes("editor") && user.factor !== "confirmed" },
    ];
    const sorts = [
      { sort: "created", order: () => byCreated(ids) },
      { sort: "lastLogin", order: () => byLastLogin(ids) },
      { sort: "email", order: () => byEmail },
    ] as const;

    for (const { label, input, keep } of combinations) {
      for (const { sort, order } of sorts) {
        it(`pages through ${label}, sorted by ${sort}: every match once, in order, with a steady count`, async () => {
          const expected = paged.filter(keep).sort(order()).map((user) => user.email);
          expect(expected.length).toBeGreaterThan(1);

          const { emails, totals } = await allPages(database, { ...input, sort }, 4);

          expect(emails).toEqual(expected);
          expect(totals).toEqual([expected.length]);
        });

        it(`pages back through ${label}, sorted by ${sort}: the same pages, each knowing where it starts`, async () => {
          const expected = paged.filter(keep).sort(order()).map((user) => user.email);
          const { pages } = await allPages(database, { ...input, sort }, 4);
          // Page n starts after 4n users; only the first has no Previous.
          expect(pages.map((page) => page.rowsBefore)).toEqual(pages.map((_, index) => index * 4));
          expect(pages.map((page) => page.previousCursor === null)).toEqual(pages.map((_, index) => index === 0));
          expect(pages.flatMap((page) => page.emails)).toEqual(expected);

          const back = await pagesBack(database, { ...input, sort }, 4, pages.at(-1)!);
          expect(back).toEqual(pages);
        });
      }
    }

    it("goes back to a full first page when fewer than a page of users come before the cursor", async () => {
      const [, second] = (await allPages(database, { q: DOMAIN }, 4)).pages;
      // Pages of 5 before the second page of 4: only 4 users precede, yet the first page is full.
      const page = await searchUsers(query({ q: DOMAIN, before: second!.previousCursor! }), { database, pageSize: 5 });
      expect(page.rows).toHaveLength(5);
      expect(page).toMatchObject({ rowsBefore: 0, previousCursor: null });
      expect(page.nextCursor).not.toBeNull();
    });

    it("gives each row its roles, status, sign-in methods and dates", async () => {
      const page = await searchUsers(query({ q: "p00x0@" }), { database });
      expect(page.rows).toEqual([
        {
          id: ids.get("p00x0@page.test"),
          email: "p00x0@page.test",
          name: "Paged Person 0",
          roles: ["editor", "user"],
          isActive: false,
          methods: ["password", "github"],
          secondFactors: [],
          createdAt: new Date(base),
          lastLoginAt: null,
        },
      ]);
      const [signedIn] = (await searchUsers(query({ q: "p01x7@" }), { database })).rows;
      expect(signedIn).toMatchObject({ roles: ["user"], isActive: true, methods: [], secondFactors: ["authenticator app"], lastLoginAt: new Date(base + 86_400_000) });
    });

    it("pages through searches most users would match (SQLite walks the sort's index instead), every sort", async () => {
      // More matches than SQLITE_WALK_SORT_INDEX_ABOVE in search-users.ts.
      const crowd = Array.from({ length: 1_200 }, (_, index) => ({
        email: `crowd-${String(index).padStart(4, "0")}@crowd.test`,
        name: `Crowd Member ${index}`,
        createdAt: new Date(base + Math.floor(index / 4) * 1000),
        lastLoginAt: index % 3 === 0 ? null : new Date(base + Math.floor(index / 5) * 1000),
      }));
      await database.client.user.createMany({ data: crowd });
      const where = { email: { endsWith: "@crowd.test" } };
      const select = { email: true } as const;
      const oracle = {
        created: await database.client.user.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
        lastLogin: await database.client.user.findMany({ where, select, orderBy: [{ lastLoginAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] }),
        email: await database.client.user.findMany({ where, select, orderBy: { email: "asc" } }),
      };

      // A crowded role too: SQLite then tests each row of the walk instead of the role's index.
      const members = await database.client.user.findMany({ where, select: { id: true } });
      await database.client.userRole.createMany({ data: members.map(({ id }) => ({ userId: id, roleName: "editor" })) });

      // Any part, a 2-character email prefix, and a role most of them hold.
      for (const filters of [{ q: "crowd member" }, { q: "cr" }, { q: "crowd member", role: "editor" }]) {
        for (const sort of ["created", "lastLogin", "email"] as const) {
          const { emails, totals } = await allPages(database, { ...filters, sort }, 100);
          expect(emails, `${JSON.stringify(filters)}, ${sort}`).toEqual(oracle[sort].map((user) => user.email));
          expect(totals).toEqual([1_200]);
        }
      }
      await database.client.user.deleteMany({ where });
    });

    it("keeps the search index in step with inserts, renames and deletes", async () => {
      const created = await database.client.user.create({ data: { email: "fresh-person@odd.test", name: "Yusra Newcomer" } });
      expect(await emailsOf({ q: "newcomer" })).toEqual({ emails: ["fresh-person@odd.test"], total: 1 });

      await database.client.user.update({ where: { id: created.id }, data: { name: "Yusra Renamed", email: "moved-person@odd.test" } });
      expect(await emailsOf({ q: "newcomer" })).toEqual({ emails: [], total: 0 });
      expect(await emailsOf({ q: "fresh-person" })).toEqual({ emails: [], total: 0 });
      expect(await emailsOf({ q: "yusra renamed" })).toEqual({ emails: ["moved-person@odd.test"], total: 1 });

      await database.client.user.update({ where: { id: created.id }, data: { lastLoginAt: new Date() } });
      expect(await emailsOf({ q: "yusra renamed" })).toEqual({ emails: ["moved-person@odd.test"], total: 1 });

      await database.client.user.delete({ where: { id: created.id } });
      expect(await emailsOf({ q: "yusra" })).toEqual({ emails: [], total: 0 });
    });

    it("shows the first page for a cursor it did not write", async () => {
      const first = await searchUsers(query({ q: DOMAIN }), { database, pageSize: 4 });
      const forged = Buffer.from(JSON.stringify(["not a date", "x"])).toString("base64url");
      const page = await searchUsers(query({ q: DOMAIN, after: forged }), { database, pageSize: 4 });
      expect(page.rows.map((row) => row.email)).toEqual(first.rows.map((row) => row.email));
      const back = await searchUsers(query({ q: DOMAIN, before: forged }), { database, pageSize: 4 });
      expect(back.rows.map((row) => row.email)).toEqual(first.rows.map((row) => row.email));
      expect(back).toMatchObject({ rowsBefore: 0, previousCursor: null });
      // PostgreSQL refuses a NUL byte in a text parameter: neither a cursor nor the search sends one.
      for (const cursor of [["a\u0000", "x"], ["a", "\u0000"]]) {
        const nul = Buffer.from(JSON.stringify(cursor)).toString("base64url");
        const sorted = await searchUsers(query({ q: DOMAIN, sort: "email", after: nul }), { database, pageSize: 4 });
        expect(sorted.rows).toHaveLength(4);
      }
      expect((await searchUsers(query({ q: `${DOMAIN}\u0000` }), { database, pageSize: 4 })).rows.map((row) => row.email)).toEqual(first.rows.map((row) => row.email));
    });
  });
}
