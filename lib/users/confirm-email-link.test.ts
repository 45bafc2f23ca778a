// Confirming an emailed link against a real SQLite database: who may confirm what.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const folder = mkdtempSync(join(tmpdir(), "gatehouse-confirm-"));
process.env.DATABASE_URL = `file:${join(folder, "test.db")}`;
process.env.AUTH_URL = "https://accounts.example.com";

const { applyMigrations } = await import("@/lib/db/migrate/runner");
const { db } = await import("@/lib/db/client");
const { issueEmailToken } = await import("@/lib/email-tokens/issue-email-token");
const { confirmEmailLink, inspectEmailLink } = await import("./confirm-email-link");

const context = { ip: "203.0.113.5", userAgent: "vitest" };
let counter = 0;

async function registrant() {
  counter += 1;
  const email = `confirm-${counter}@example.com`;
  const user = await db.user.create({ data: { email, name: "Mallory", passwordHash: "x", roles: { create: { roleName: "user" } } }, select: { id: true } });
  const token = await db.$transaction((tx) => issueEmailToken(tx, { userId: user.id, purpose: "verify_email", email, now: new Date(), context }));
  return { id: user.id, email, token };
}

const verifiedAt = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerified: true } })).emailVerified;

beforeAll(async () => {
  await applyMigrations({ url: process.env.DATABASE_URL! });
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

describe("confirmEmailLink for a verification link", () => {
  // Issue 12, item 1: a Confirm pressed by the mailbox's owner, outside the registrant's session,
  // made a stranger's account (their password, their sessions, their providers) verified.
  it("needs the registrant's own session: from no session or another account's, nothing is confirmed or used up", async () => {
    const account = await registrant();
    const other = await registrant();
    for (const signedInUserId of [null, other.id]) {
      expect(await confirmEmailLink({ token: account.token, signedInUserId, context })).toEqual({ status: "sign-in-required" });
      expect(await verifiedAt(account.id)).toBeNull();
      expect((await inspectEmailLink(account.token)).verdict).toBe("valid");
    }
  });

  it("confirms from the registrant's session, once", async () => {
    const account = await registrant();
    expect(await confirmEmailLink({ token: account.token, signedInUserId: account.id, context })).toEqual({ status: "verified", email: account.email });
    expect(await verifiedAt(account.id)).toBeInstanceOf(Date);
    expect(await confirmEmailLink({ token: account.token, signedInUserId: account.id, context })).toEqual({ status: "refused", verdict: "used" });
  });
});
