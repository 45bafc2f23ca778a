// The security log's pages, as cases both dialects must pass: list-audit-events.test.ts (SQLite)
// and list-audit-events.postgres.test.ts (PostgreSQL), each against a migrated database of its own
// and the module imported with DATABASE_URL pointing at it.
import { beforeAll, describe, expect, it } from "vitest";
import { auditQuerySchema, type AuditQuery } from "@/lib/validation/admin";

export type AuditLogTarget = {
  db: typeof import("@/lib/db/client").db;
  listAuditLog: typeof import("./list-audit-events").listAuditLog;
};

type Input = Partial<Record<keyof AuditQuery, string>>;
type Seen = { ids: string[]; rowsBefore: number; total: number; previousCursor: string | null; nextCursor: string | null };

const base = Date.UTC(2026, 2, 1);

export function auditLogCases(label: string, { db, listAuditLog }: AuditLogTarget): void {
  describe(`listAuditLog (${label})`, () => {
    // Newest first, by (createdAt, id) descending: the order every page must follow.
    let expected: { id: string; type: string; subjectId: string | null; createdAt: Date }[] = [];
    let subject: { id: string; email: string };

    beforeAll(async () => {
      subject = await db.user.create({ data: { email: "subject@audit-log.test" }, select: { id: true, email: true } });
      // 23 events, three to a timestamp (the id must break ties), every other one about `subject`.
      for (let index = 0; index < 23; index++) {
        await db.auditEvent.create({
          data: {
            type: index % 3 === 0 ? "sign_in.failed" : "sign_in.succeeded",
            subjectId: index % 2 === 0 ? subject.id : null,
            createdAt: new Date(base + Math.floor(index / 3) * 60_000),
          },
        });
      }
      const events = await db.auditEvent.findMany({ select: { id: true, type: true, subjectId: true, createdAt: true } });
      expected = events.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1));
    });

    const view = async (input: Input, pageSize: number): Promise<Seen> => {
      const page = await listAuditLog(auditQuerySchema.parse(input), pageSize);
      return { ids: page.rows.map((row) => row.id), rowsBefore: page.rowsBefore, total: page.total, previousCursor: page.previousCursor, nextCursor: page.nextCursor };
    };

    async function forwards(input: Input, pageSize: number): Promise<Seen[]> {
      const pages = [await view(input, pageSize)];
      while (pages.at(-1)!.nextCursor && pages.length < 50) pages.push(await view({ ...input, after: pages.at(-1)!.nextCursor! }, pageSize));
      return pages;
    }

    async function backwards(input: Input, pageSize: number, last: Seen): Promise<Seen[]> {
      const pages = [last];
      while (pages[0]!.previousCursor && pages.length < 50) pages.unshift(await view({ ...input, before: pages[0]!.previousCursor! }, pageSize));
      return pages;
    }

    const filters: { name: string; input: () => Input; keep: (event: (typeof expected)[number]) => boolean }[] = [
      { name: "no filter", input: () => ({}), keep: () => true },
      { name: "a type", input: () => ({ type: "sign_in.succeeded" }), keep: (event) => event.type === "sign_in.succeeded" },
      { name: "a subject by email", input: () => ({ subject: subject.email }), keep: (event) => event.subjectId === subject.id },
    ];

    for (const { name, input, keep } of filters) {
      it(`pages forwards and back through ${name}: every event once, in order, each page knowing where it starts`, async () => {
        const matching = expected.filter(keep).map((event) => event.id);
        expect(matching.length).toBeGreaterThan(8);
        const pages = await forwards(input(), 4);
        expect(pages.flatMap((page) => page.ids)).toEqual(matching);
        expect(pages.map((page) => page.total)).toEqual(pages.map(() => matching.length));
        expect(pages.map((page) => page.rowsBefore)).toEqual(pages.map((_, index) => index * 4));
        expect(pages.map((page) => page.previousCursor === null)).toEqual(pages.map((_, index) => index === 0));

        expect(await backwards(input(), 4, pages.at(-1)!)).toEqual(pages);
      });
    }

    it("goes back to a full first page when fewer than a page of events come before the cursor", async () => {
      const [, second] = await forwards({}, 4);
      const page = await view({ before: second!.previousCursor! }, 5);
      expect(page.ids).toEqual(expected.slice(0, 5).map((event) => event.id));
      expect(page.rowsBefore).toBe(0);
      expect(page.previousCursor).toBeNull();
    });

    it("finds nothing, and does not fail, for an actor or subject that names no one", async () => {
      for (const input of [{ actor: "nobody@example.com" }, { subject: "nobody@example.com" }, { actor: "not an id!" }, { subject: "\u0000" }, { actor: "x\u0000@example.com" }]) {
        const page = await view(input, 4);
        expect(page.ids, JSON.stringify(input)).toEqual(input.subject === "\u0000" ? expected.slice(0, 4).map((event) => event.id) : []);
      }
    });

    it("shows the first page for a cursor it did not write", async () => {
      const forged = Buffer.from(JSON.stringify(["not a date", "x"])).toString("base64url");
      // PostgreSQL refuses a NUL byte in a text parameter: such a cursor must not reach it.
      const nul = Buffer.from(JSON.stringify(["2026-03-01T00:00:00.000Z", "\u0000"])).toString("base64url");
      const nulValue = Buffer.from(JSON.stringify(["\u00002026", "x"])).toString("base64url");
      for (const place of [{ after: forged }, { before: forged }, { after: "garbage" }, { after: nul }, { before: nul }, { before: nulValue }]) {
        const page = await view(place, 4);
        expect(page.ids).toEqual(expected.slice(0, 4).map((event) => event.id));
        expect(page.rowsBefore).toBe(0);
        expect(page.previousCursor).toBeNull();
      }
    });
  });
}
