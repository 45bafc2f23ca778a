// "Download your data" against a real SQLite database: everything about the person is there,
// nothing secret is, and nobody else's data leaks in.
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

const db = await openTestDatabase(sqliteTestDatabase("export-account-data"));
const { exportAccountData } = await import("./export-account-data");

const SECRET = {
  passwordHash: "$2b$12$secret-password-hash",
  totp: "totp-secret-ciphertext",
  recoveryCode: "recovery-code-digest",
  refreshToken: "refresh-token-digest",
  apiKey: "api-key-digest",
  providerAccess: "provider-access-token",
  providerRefresh: "provider-refresh-token",
  providerId: "provider-id-token",
  sessionHandle: "session-handle",
};

describe("exportAccountData", () => {
  it("holds the profile, linked accounts, sessions, security events and posts, and no secret", async () => {
    const hour = new Date(Date.now() + 3_600_000);
    const user = await db.user.create({
      data: { email: "owner@example.com", name: "Olive Owner", passwordHash: SECRET.passwordHash, roles: { create: [{ roleName: "user" }] } },
      select: { id: true },
    });
    const other = await db.user.create({ data: { email: "other@example.com" }, select: { id: true } });
    await db.totpFactor.create({ data: { userId: user.id, secret: SECRET.totp, confirmedAt: new Date() } });
    await db.recoveryCode.create({ data: { userId: user.id, codeHash: SECRET.recoveryCode } });
    const family = await db.tokenFamily.create({ data: { userId: user.id, client: "cli/1.0", expiresAt: hour, idleSeconds: 3600 } });
    await db.refreshToken.create({ data: { familyId: family.id, tokenHash: SECRET.refreshToken } });
    await db.apiKey.create({ data: { userId: user.id, name: "CI", prefix: "gk_abcdefgh", keyHash: SECRET.apiKey, scopes: "account:read" } });
    await db.account.create({
      data: { userId: user.id, type: "oidc", provider: "github", providerAccountId: "42", access_token: SECRET.providerAccess, refresh_token: SECRET.providerRefresh, id_token: SECRET.providerId },
    });
    await db.session.create({ data: { sessionToken: SECRET.sessionHandle, userId: user.id, expires: hour, idleSeconds: 7200, userAgent: "Firefox" } });
    await db.post.create({ data: { title: "My post", body: "Hello", authorId: user.id } });
    await db.auditEvent.create({ data: { type: "sign_in.succeeded", subjectId: user.id, details: JSON.stringify({ method: "credentials" }) } });
    await db.auditEvent.create({ data: { type: "sign_in.succeeded", subjectId: other.id } });

    const at = new Date("2026-12-04T12:00:00Z");
    const data = await exportAccountData({ userId: user.id, at });

    expect(data).toMatchObject({
      exportedAt: "2026-12-04T12:00:00.000Z",
      profile: { id: user.id, email: "owner@example.com", name: "Olive Owner", hasPassword: true, roles: [{ roleName: "user" }] },
      linkedAccounts: [{ provider: "github", providerAccountId: "42" }],
      sessions: [{ userAgent: "Firefox" }],
      apiSignIns: [{ client: "cli/1.0" }],
      apiKeys: [{ name: "CI", prefix: "gk_abcdefgh", scopes: "account:read" }],
      secondFactor: { authenticatorApp: { confirmedAt: expect.any(Date) }, recoveryCodesLeft: 1 },
      securityEvents: [{ type: "sign_in.succeeded", subjectId: user.id, details: { method: "credentials" } }],
      posts: [{ title: "My post", body: "Hello" }],
    });
    const json = JSON.stringify(data);
    for (const secret of Object.values(SECRET)) expect(json).not.toContain(secret);
    expect(json).not.toContain(other.id);
  });

  it("is null for an account that no longer exists", async () => {
    expect(await exportAccountData({ userId: "gone", at: new Date() })).toBeNull();
  });
});
