// API keys on a real SQLite database: scopes within the owner's permissions, hashed at rest,
// and a key that stops with its owner's deactivation or lost permission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenTestEnvironment } from "@/lib/tokens/token-lifecycle.cases";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

const database = sqliteTestDatabase("api-keys");
tokenTestEnvironment(database.url);

const context = { ip: "203.0.113.7", userAgent: "api-key-tests" };
let db: typeof import("@/lib/db/client").db;
let createApiKey: typeof import("./create-api-key").createApiKey;
let checkApiKey: typeof import("./check-api-key").checkApiKey;
let revokeApiKey: typeof import("./revoke-api-key").revokeApiKey;
let listApiKeys: typeof import("./list-api-keys").listApiKeys;

beforeAll(async () => {
  db = await openTestDatabase(database);
  ({ createApiKey } = await import("./create-api-key"));
  ({ checkApiKey } = await import("./check-api-key"));
  ({ revokeApiKey } = await import("./revoke-api-key"));
  ({ listApiKeys } = await import("./list-api-keys"));
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

let counter = 0;
async function userWith(roles: string[]) {
  return db.user.create({ data: { email: `keys-${++counter}-${Date.now()}@example.com`, roles: { create: roles.map((roleName) => ({ roleName })) } } });
}

describe("API keys", () => {
  it("are stored only as a hash and work as their owner with their scopes", async () => {
    const admin = await userWith(["admin"]);
    const created = await createApiKey({ userId: admin.id, name: "CI", scopes: ["users:read"], expiresAt: null, context });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.key.slice(11));
    expect(row.prefix).toBe(created.key.slice(0, 11));
    const check = await checkApiKey(created.key);
    expect(check).toMatchObject({ ok: true, user: { id: admin.id } });
    if (check.ok) expect([...check.permissions]).toEqual(["users:read"]);
    expect(await db.auditEvent.count({ where: { type: "api_key.created", subjectId: admin.id } })).toBe(1);
  });

  it("cannot be scoped beyond what the creator holds", async () => {
    const user = await userWith(["user"]);
    expect(await createApiKey({ userId: user.id, name: "x", scopes: ["account:read", "users:write"], expiresAt: null, context })).toEqual({
      ok: false,
      reason: "scope-not-held",
      scopes: ["users:write"],
    });
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(0);
  });

  it("loses a scope its owner lost, and stops altogether with the owner's deactivation", async () => {
    const admin = await userWith(["admin"]);
    const created = await createApiKey({ userId: admin.id, name: "ops", scopes: ["users:read", "account:read"], expiresAt: null, context });
    if (!created.ok) throw new Error("not created");
    await db.userRole.update({ where: { userId_roleName: { userId: admin.id, roleName: "admin" } }, data: { roleName: "user" } });
    const demoted = await checkApiKey(created.key);
    expect(demoted.ok && [...demoted.permissions]).toEqual(["account:read"]);
    await db.user.update({ where: { id: admin.id }, data: { isActive: false } });
    expect(await checkApiKey(created.key)).toMatchObject({ ok: false, reason: "inactive-owner" });
  });

  it("stops when revoked or expired; only its owner or an admin revokes it", async () => {
    const owner = await userWith(["user"]);
    const stranger = await userWith(["user"]);
    const created = await createApiKey({ userId: owner.id, name: "cli", scopes: ["account:read"], expiresAt: null, context });
    if (!created.ok) throw new Error("not created");
    expect(await revokeApiKey({ keyId: created.id, actor: { id: stranger.id, roles: ["user"] }, context })).toBe(false);
    expect((await checkApiKey(created.key)).ok).toBe(true);
    expect((await listApiKeys({ userId: owner.id })).map((key) => key.id)).toEqual([created.id]);
    expect(await revokeApiKey({ keyId: created.id, actor: { id: owner.id, roles: ["user"] }, context })).toBe(true);
    expect(await checkApiKey(created.key)).toMatchObject({ ok: false, reason: "revoked" });
    expect(await listApiKeys({ userId: owner.id })).toEqual([]);

    const admin = await userWith(["admin"]);
    const another = await createApiKey({ userId: owner.id, name: "ci", scopes: ["account:read"], expiresAt: null, context });
    if (!another.ok) throw new Error("not created");
    expect(await revokeApiKey({ keyId: another.id, actor: { id: admin.id, roles: ["admin"] }, context })).toBe(true);
    expect(await checkApiKey(another.key)).toMatchObject({ ok: false, reason: "revoked" });

    const expiring = await createApiKey({ userId: owner.id, name: "short", scopes: ["account:read"], expiresAt: new Date(Date.now() + 1000), context });
    if (!expiring.ok) throw new Error("not created");
    expect(await checkApiKey(expiring.key, new Date(Date.now() + 2000))).toMatchObject({ ok: false, reason: "expired" });
  });

  it("refuses a key with a wrong checksum before any lookup", async () => {
    expect(await checkApiKey("gk_" + "a".repeat(38))).toMatchObject({ ok: false, reason: "malformed-key" });
  });
});
