// Forgot → reset against a real SQLite database and a real SMTP server: what is stored, what is
// sent, and what a used, replaced or raced link can still do.
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { startSmtpSink } from "@/test-support/smtp-sink";

const database = sqliteTestDatabase("reset");
process.env.BCRYPT_COST = "10";
process.env.AUTH_URL = "https://accounts.example.com";

const context = { ip: "203.0.113.9", userAgent: "vitest" };
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const db = await openTestDatabase(database);
const { requestPasswordReset } = await import("./request-password-reset");
const { resetPassword } = await import("./reset-password");
const { issueEmailToken } = await import("@/lib/email-tokens/issue-email-token");
const { findEmailToken } = await import("@/lib/email-tokens/find-email-token");
const { hashPassword, verifyPassword, closePasswordPool } = await import("@/lib/password/hash");

afterAll(async () => {
  await closePasswordPool();
  await sink.close();
});

let counter = 0;
async function createUser(overrides: { failedSignInCount?: number; lockedUntil?: Date } = {}) {
  counter += 1;
  const email = `reset-${counter}@example.com`;
  const user = await db.user.create({
    data: { email, name: `Reset ${counter}`, passwordHash: await hashPassword("the old passphrase here"), ...overrides },
    select: { id: true, sessionVersion: true },
  });
  return { ...user, email };
}

/** Asks for a link and reads its token from the email that arrived. */
async function tokenFor(email: string, nth = 1): Promise<string> {
  const before = sink.messages.length;
  await requestPasswordReset({ email, context });
  const mail = await sink.waitFor(email, { subject: /^Reset your password$/, after: before });
  const link = /https:\/\/accounts\.example\.com\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(link, `reset link #${nth} in the email`).not.toBeNull();
  return link![1]!;
}

describe("password reset", () => {
  it("stores only a hash of the emailed token, and sends nothing for an unknown address", async () => {
    const user = await createUser();
    const token = await tokenFor(user.email);
    const rows = await db.emailToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.purpose).toBe("reset_password");
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBeCloseTo(30 * 60_000, -3);

    const sent = sink.messages.length;
    await requestPasswordReset({ email: "nobody-here@example.com", context });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages.length).toBe(sent);
    expect(await db.emailToken.count({ where: { email: "nobody-here@example.com" } })).toBe(0);
  });

  it("sets the password, ends every session, unlocks, audits and tells the owner — once", async () => {
    const user = await createUser({ failedSignInCount: 10, lockedUntil: new Date(Date.now() + 3600_000) });
    await db.session.create({
      data: { sessionToken: `s-${user.id}`, userId: user.id, expires: new Date(Date.now() + 3600_000), idleSeconds: 3600 },
    });
    const token = await tokenFor(user.email);

    expect(await resetPassword({ token, password: "the new passphrase here", context })).toEqual({ status: "done" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("the new passphrase here", after.passwordHash!)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerified).not.toBeNull();
    expect(after.lockedUntil).toBeNull();
    expect(after.failedSignInCount).toBe(0);
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const events = (await db.auditEvent.findMany({ where: { subjectId: user.id } })).map((event) => event.type);
    expect(events).toEqual(expect.arrayContaining(["email_token.issued", "password.reset", "account.unlocked"]));
    await sink.waitFor(user.email, { subject: /^Your password was changed$/ });

    expect(await resetPassword({ token, password: "a second new passphrase", context })).toEqual({ status: "refused", verdict: "used" });
  });

  it("refuses an older link once a newer one was sent, and a weak new password without using the link", async () => {
    const user = await createUser();
    const older = await tokenFor(user.email, 1);
    const newer = await tokenFor(user.email, 2);
    expect(await resetPassword({ token: older, password: "the new passphrase here", context })).toEqual({ status: "refused", verdict: "superseded" });
    expect(await resetPassword({ token: newer, password: "qwerty123456", context })).toMatchObject({ status: "invalid-password" });
    expect(await resetPassword({ token: newer, password: "the new passphrase here", context })).toEqual({ status: "done" });
    await sink.waitFor(user.email, { subject: /^Your password was changed$/ });
  });

  it("cancels a pending change of address, and disconnects providers linked before the address was proven", async () => {
    const user = await createUser();
    await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${user.id}` } });
    const pendingChange = await db.$transaction((tx) =>
      issueEmailToken(tx, { userId: user.id, purpose: "change_email", email: `attacker-${user.id}@example.com`, now: new Date(), context }),
    );
    const token = await tokenFor(user.email);

    expect(await resetPassword({ token, password: "the owner's new passphrase", context })).toEqual({ status: "done" });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
    expect(await findEmailToken(pendingChange, ["change_email"], new Date())).toMatchObject({ verdict: "superseded" });
    const unlinked = await db.auditEvent.findFirst({ where: { subjectId: user.id, type: "account.unlinked" } });
    expect(JSON.parse(unlinked!.details!)).toEqual({ provider: "github", reason: "linked_before_address_proven" });
    await sink.waitFor(user.email, { subject: /^Your password was changed$/ });

    // Once the address is proven, a later reset leaves connected providers alone.
    await db.account.create({ data: { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh2-${user.id}` } });
    const again = await tokenFor(user.email);
    expect(await resetPassword({ token: again, password: "yet another owner passphrase", context })).toEqual({ status: "done" });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(1);
  });

  it("lets exactly one of two simultaneous resets with the same link through", async () => {
    const user = await createUser();
    const token = await tokenFor(user.email);
    const results = await Promise.all([
      resetPassword({ token, password: "first racer passphrase", context }),
      resetPassword({ token, password: "second racer passphrase", context }),
    ]);
    expect(results.filter((result) => result.status === "done")).toHaveLength(1);
    expect(results.filter((result) => result.status === "refused")).toHaveLength(1);
    await sink.waitFor(user.email, { subject: /^Your password was changed$/ });
  });
});
