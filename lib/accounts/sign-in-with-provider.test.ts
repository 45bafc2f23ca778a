import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

// A real SQLite database, migrated like production.
const db = await openTestDatabase(sqliteTestDatabase("accounts"));
const { signInWithProvider } = await import("./sign-in-with-provider");
const { disconnectAccount } = await import("./disconnect-account");

const context = { ip: "127.0.0.1", userAgent: "vitest" };
let sequence = 0;

function identity(overrides: Partial<Parameters<typeof signInWithProvider>[0]["identity"]> = {}) {
  sequence += 1;
  return {
    provider: "google",
    type: "oidc",
    providerAccountId: `sub-${sequence}`,
    email: `person-${sequence}@example.com`,
    emailVerified: true,
    name: "Pat",
    image: null,
    ...overrides,
  };
}

async function passwordUser(email: string, verified: boolean, isActive = true) {
  return db.user.create({
    data: { email, passwordHash: "x", emailVerified: verified ? new Date() : null, isActive, roles: { create: { roleName: "user" } } },
    select: { id: true },
  });
}

const linksOf = (userId: string) => db.account.count({ where: { userId } });

describe("signInWithProvider", () => {
  it("creates a user with the user role, no password, and emailVerified only when the provider says so", async () => {
    const verified = await signInWithProvider({ identity: identity(), currentUserId: null, context });
    const unverified = await signInWithProvider({ identity: identity({ emailVerified: false }), currentUserId: null, context });
    expect(verified).toMatchObject({ status: "ok", outcome: "created" });
    expect(unverified).toMatchObject({ status: "ok", outcome: "created" });
    if (verified.status !== "ok" || unverified.status !== "ok") throw new Error("unreachable");

    const created = await db.user.findUniqueOrThrow({
      where: { id: verified.userId },
      select: { passwordHash: true, emailVerified: true, roles: { select: { roleName: true } }, accounts: { select: { provider: true, access_token: true } } },
    });
    expect(created.passwordHash).toBeNull();
    expect(created.emailVerified).toBeInstanceOf(Date);
    expect(created.roles).toEqual([{ roleName: "user" }]);
    expect(created.accounts).toEqual([{ provider: "google", access_token: null }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: unverified.userId } })).emailVerified).toBeNull();
    expect(await db.auditEvent.count({ where: { subjectId: verified.userId, type: "account.linked" } })).toBe(1);
  });

  it("reaches the same user by (provider, account id) even when the email changed", async () => {
    const first = identity();
    const created = await signInWithProvider({ identity: first, currentUserId: null, context });
    const again = await signInWithProvider({ identity: { ...first, email: "someone-else@example.com" }, currentUserId: null, context });
    expect(again).toEqual({ status: "ok", userId: created.status === "ok" ? created.userId : "", outcome: "returning" });
  });

  it("links by email only when the provider and the account both have it verified", async () => {
    const holder = await passwordUser("both@example.com", true);
    expect(await signInWithProvider({ identity: identity({ email: "both@example.com" }), currentUserId: null, context })).toEqual({
      status: "ok",
      userId: holder.id,
      outcome: "linked-by-email",
    });

    const unverifiedHolder = await passwordUser("squatter@example.com", false);
    expect(await signInWithProvider({ identity: identity({ email: "squatter@example.com" }), currentUserId: null, context })).toEqual({
      status: "refused",
      reason: "account-exists",
    });
    expect(await linksOf(unverifiedHolder.id)).toBe(0);

    const verifiedHolder = await passwordUser("claimed@example.com", true);
    const claim = identity({ email: "claimed@example.com", emailVerified: false });
    expect(await signInWithProvider({ identity: claim, currentUserId: null, context })).toEqual({ status: "refused", reason: "account-exists" });
    expect(await linksOf(verifiedHolder.id)).toBe(0);
  });

  it("refuses deactivated users and a GitHub account without a verified email", async () => {
    const inactive = await passwordUser("inactive@example.com", true, false);
    expect(await signInWithProvider({ identity: identity({ email: "inactive@example.com" }), currentUserId: null, context })).toEqual({
      status: "refused",
      reason: "inactive",
    });
    expect(await linksOf(inactive.id)).toBe(0);
    const noEmail = identity({ provider: "github", type: "oauth", email: null, emailVerified: false });
    expect(await signInWithProvider({ identity: noEmail, currentUserId: null, context })).toEqual({ status: "refused", reason: "no-verified-email" });
  });

  // Issue 12, item 1: whoever registered an address they do not own could keep a way in.
  it("connects nothing to a signed-in user whose address is not proven yet", async () => {
    const squatter = await passwordUser("unproven@example.com", false);
    expect(await signInWithProvider({ identity: identity({ email: "attacker@example.com" }), currentUserId: squatter.id, context })).toEqual({
      status: "refused",
      reason: "address-unproven",
    });
    expect(await linksOf(squatter.id)).toBe(0);
    expect(await db.auditEvent.count({ where: { subjectId: squatter.id, type: "sign_in.failed" } })).toBe(1);
  });

  it("links to the signed-in user whatever the email, but never takes another user's link", async () => {
    const me = await passwordUser("me@example.com", true);
    const mine = identity({ email: "different@example.com" });
    expect(await signInWithProvider({ identity: mine, currentUserId: me.id, context })).toEqual({ status: "ok", userId: me.id, outcome: "connected" });

    const other = await passwordUser("other@example.com", true);
    expect(await signInWithProvider({ identity: mine, currentUserId: other.id, context })).toEqual({
      status: "refused",
      reason: "linked-to-another-user",
    });
    expect(await linksOf(other.id)).toBe(0);
  });
});

describe("disconnectAccount", () => {
  it("refuses to remove the last way to sign in, and removes any other link", async () => {
    const created = await signInWithProvider({ identity: identity(), currentUserId: null, context });
    if (created.status !== "ok") throw new Error("unreachable");
    const [only] = await db.account.findMany({ where: { userId: created.userId } });
    expect(await disconnectAccount({ userId: created.userId, accountId: only!.id, context })).toEqual({ status: "last-method" });

    await signInWithProvider({ identity: identity({ provider: "github", type: "oauth" }), currentUserId: created.userId, context });
    expect(await disconnectAccount({ userId: created.userId, accountId: only!.id, context })).toEqual({ status: "disconnected", provider: "google" });
    expect(await db.auditEvent.count({ where: { subjectId: created.userId, type: "account.unlinked" } })).toBe(1);
  });

  it("does not touch another user's account", async () => {
    const owner = await signInWithProvider({ identity: identity(), currentUserId: null, context });
    const stranger = await passwordUser("stranger@example.com", true);
    if (owner.status !== "ok") throw new Error("unreachable");
    const [account] = await db.account.findMany({ where: { userId: owner.userId } });
    expect(await disconnectAccount({ userId: stranger.id, accountId: account!.id, context })).toEqual({ status: "not-found" });
    expect(await linksOf(owner.userId)).toBe(1);
  });
});
