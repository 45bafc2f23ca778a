// The token lifecycle against a real database: issue, rotate, the grace window, concurrent
// refreshes, reuse detection, revocation. Run on SQLite (token-lifecycle.test.ts) and on
// PostgreSQL (token-lifecycle.postgres.test.ts).
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { newSigningKeyJwk } from "@/scripts/lib/signing-key.mjs";

export type TokenTarget = {
  db: typeof import("@/lib/db/client").db;
  startTokenFamily: typeof import("./start-token-family").startTokenFamily;
  refreshTokens: typeof import("./refresh-tokens").refreshTokens;
  revokeToken: typeof import("./revoke-token").revokeToken;
  checkAccessToken: typeof import("./check-access-token").checkAccessToken;
  revokeTokenFamilies: typeof import("./revoke-token-families").revokeTokenFamilies;
};

/** What the test files set before importing anything that reads settings. */
export function tokenTestEnvironment(databaseUrl: string): void {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "token-tests-secret-0123456789abcdefghijklmnop",
    AUTH_TOKEN_SIGNING_KEY: JSON.stringify(newSigningKeyJwk()),
    RATE_LIMIT_MULTIPLIER: "1000",
  });
}

/** The modules under test, imported once DATABASE_URL names the migrated database. */
export async function importTokenTarget(): Promise<TokenTarget> {
  return {
    db: (await import("@/lib/db/client")).db,
    ...(await import("./start-token-family")),
    ...(await import("./refresh-tokens")),
    ...(await import("./revoke-token")),
    ...(await import("./check-access-token")),
    ...(await import("./revoke-token-families")),
  };
}

const context = { ip: "203.0.113.9", userAgent: "token-tests/1.0" };
const SECOND = 1000;

export function tokenLifecycleCases(label: string, connect: () => Promise<TokenTarget>): void {
  describe(`token lifecycle (${label})`, () => {
    let t: TokenTarget;

    beforeAll(async () => {
      t = await connect();
    }, 60_000);

    async function signedIn(now = new Date()) {
      const user = await t.db.user.create({
        data: { email: `tokens-${randomBytes(5).toString("hex")}@example.com`, roles: { create: { roleName: "user" } } },
      });
      const { tokens, familyId } = await t.startTokenFamily({ userId: user.id, context, now });
      return { userId: user.id, tokens, familyId };
    }

    const successorRows = (familyId: string) => t.db.refreshToken.count({ where: { familyId } });

    it("issues an access token Gatehouse accepts and an opaque refresh token stored only as a hash", async () => {
      const { tokens, familyId, userId } = await signedIn();
      expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: "account:read" });
      expect(tokens.refresh_token).toMatch(/^gr_[A-Za-z0-9_-]{43}$/);
      const check = await t.checkAccessToken(tokens.access_token);
      expect(check).toMatchObject({ ok: true, claims: { sub: userId, sid: familyId }, user: { id: userId, roles: ["user"] } });
      const stored = await t.db.refreshToken.findMany({ where: { familyId } });
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(tokens.refresh_token.slice(3));
      const audit = await t.db.auditEvent.findFirst({ where: { subjectId: userId, type: "sign_in.succeeded" } });
      expect(JSON.parse(audit!.details!)).toMatchObject({ via: "token_api", tokenFamilyId: familyId });
    });

    it("rotates on every use: a new refresh token each time, and the successor works", async () => {
      const { tokens } = await signedIn();
      const first = await t.refreshTokens({ refreshToken: tokens.refresh_token, context });
      expect(first).toMatchObject({ ok: true, rotated: true });
      if (!first.ok) return;
      expect(first.tokens.refresh_token).not.toBe(tokens.refresh_token);
      const second = await t.refreshTokens({ refreshToken: first.tokens.refresh_token, context });
      expect(second).toMatchObject({ ok: true, rotated: true });
      if (second.ok) expect(second.tokens.refresh_token).not.toBe(first.tokens.refresh_token);
    });

    it("makes exactly one rotation of concurrent refreshes, and serves every caller the same successor", async () => {
      const { tokens, familyId } = await signedIn();
      const results = await Promise.all(Array.from({ length: 6 }, () => t.refreshTokens({ refreshToken: tokens.refresh_token, context })));
      expect(results.every((result) => result.ok)).toBe(true);
      const served = results.flatMap((result) => (result.ok ? [result] : []));
      expect(served.filter((result) => result.rotated)).toHaveLength(1);
      expect(new Set(served.map((result) => result.tokens.refresh_token)).size).toBe(1);
      expect(await successorRows(familyId)).toBe(2);
      const family = await t.db.tokenFamily.findUniqueOrThrow({ where: { id: familyId } });
      expect(family.revokedAt).toBeNull();
      // The successor they all got is the live one.
      expect(await t.refreshTokens({ refreshToken: served[0]!.tokens.refresh_token, context })).toMatchObject({ ok: true, rotated: true });
    });

    it("answers a second use within the grace window with the same successor and trips nothing", async () => {
      const start = new Date();
      const { tokens, familyId } = await signedIn(start);
      const first = await t.refreshTokens({ refreshToken: tokens.refresh_token, context, now: start, graceSeconds: 5 });
      const again = await t.refreshTokens({ refreshToken: tokens.refresh_token, context, now: new Date(start.getTime() + 4 * SECOND), graceSeconds: 5 });
      expect(again).toMatchObject({ ok: true, rotated: false });
      if (first.ok && again.ok) expect(again.tokens.refresh_token).toBe(first.tokens.refresh_token);
      expect((await t.db.tokenFamily.findUniqueOrThrow({ where: { id: familyId } })).revokedAt).toBeNull();
    });

    it("treats a use past the grace window as reuse: the whole family ends, with an audit event", async () => {
      const start = new Date();
      const { tokens, familyId, userId } = await signedIn(start);
      const first = await t.refreshTokens({ refreshToken: tokens.refresh_token, context, now: start, graceSeconds: 5 });
      expect(first.ok).toBe(true);
      const reuse = await t.refreshTokens({ refreshToken: tokens.refresh_token, context, now: new Date(start.getTime() + 6 * SECOND), graceSeconds: 5 });
      expect(reuse).toMatchObject({ ok: false, reason: "reused" });
      const family = await t.db.tokenFamily.findUniqueOrThrow({ where: { id: familyId } });
      expect(family.revokedReason).toBe("reuse_detected");
      expect(await t.db.auditEvent.count({ where: { subjectId: userId, type: "token.reuse_detected" } })).toBe(1);
      // The legitimate holder's successor and access token die with it.
      if (first.ok) {
        expect(await t.refreshTokens({ refreshToken: first.tokens.refresh_token, context })).toMatchObject({ ok: false, reason: "revoked" });
        expect(await t.checkAccessToken(first.tokens.access_token)).toMatchObject({ ok: false, reason: "family-revoked" });
      }
      expect(await t.checkAccessToken(tokens.access_token)).toMatchObject({ ok: false, reason: "family-revoked" });
    });

    it("revokes a refresh token's family (RFC 7009), and its access tokens on the next check", async () => {
      const { tokens } = await signedIn();
      expect(await t.revokeToken({ token: tokens.refresh_token, context })).toBe("refresh");
      expect(await t.checkAccessToken(tokens.access_token)).toMatchObject({ ok: false, reason: "family-revoked" });
      expect(await t.refreshTokens({ refreshToken: tokens.refresh_token, context })).toMatchObject({ ok: false, reason: "revoked" });
    });

    it("revokes one access token by its jti, leaving the family and its other tokens alone", async () => {
      const { tokens } = await signedIn();
      const refreshed = await t.refreshTokens({ refreshToken: tokens.refresh_token, context });
      expect(await t.revokeToken({ token: tokens.access_token, context })).toBe("access");
      expect(await t.checkAccessToken(tokens.access_token)).toMatchObject({ ok: false, reason: "revoked" });
      if (refreshed.ok) expect((await t.checkAccessToken(refreshed.tokens.access_token)).ok).toBe(true);
    });

    it("changes nothing for an unknown or garbage token", async () => {
      expect(await t.revokeToken({ token: "gr_" + "A".repeat(43), context })).toBe("none");
      expect(await t.revokeToken({ token: "garbage", context })).toBe("none");
      expect(await t.refreshTokens({ refreshToken: "garbage", context })).toMatchObject({ ok: false, reason: "unknown" });
    });

    it("ends families past their absolute lifetime or idle timeout", async () => {
      const start = new Date();
      const { tokens } = await signedIn(start);
      const idle = await t.refreshTokens({ refreshToken: tokens.refresh_token, context, now: new Date(start.getTime() + 8 * 86400 * SECOND) });
      expect(idle).toMatchObject({ ok: false, reason: "idle" });
      const late = await t.refreshTokens({ refreshToken: tokens.refresh_token, context, now: new Date(start.getTime() + 31 * 86400 * SECOND) });
      expect(late).toMatchObject({ ok: false, reason: "expired" });
    });

    it("stops a deactivated user's tokens, and reads roles as they are now", async () => {
      const { tokens, userId } = await signedIn();
      await t.db.userRole.create({ data: { userId, roleName: "editor" } });
      expect(await t.checkAccessToken(tokens.access_token)).toMatchObject({ ok: true, user: { roles: expect.arrayContaining(["user", "editor"]) } });
      const refreshed = await t.refreshTokens({ refreshToken: tokens.refresh_token, context });
      expect(refreshed).toMatchObject({ ok: true, tokens: { scope: "account:read editor:access" } });
      await t.db.user.update({ where: { id: userId }, data: { isActive: false } });
      expect(await t.checkAccessToken(tokens.access_token)).toMatchObject({ ok: false, reason: "family-inactive-user" });
      expect(await t.refreshTokens({ refreshToken: tokens.refresh_token, context })).toMatchObject({ ok: false, reason: "inactive-user" });
    });

    it("ends every family of a user at once, and only that user's", async () => {
      const a = await signedIn();
      const b = await signedIn();
      const second = await t.startTokenFamily({ userId: a.userId, context });
      const ended = await t.db.$transaction((tx) => t.revokeTokenFamilies(tx, { userId: a.userId, reason: "signed_out_everywhere" }));
      expect(ended).toBe(2);
      expect((await t.checkAccessToken(a.tokens.access_token)).ok).toBe(false);
      expect((await t.checkAccessToken(second.tokens.access_token)).ok).toBe(false);
      expect((await t.checkAccessToken(b.tokens.access_token)).ok).toBe(true);
    });
  });
}
