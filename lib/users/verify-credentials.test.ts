import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";

// A real SQLite database and the real worker pool; the hash module is wrapped only to count
// how many bcrypt compares each path performs (the timing-equality rule).
process.env.BCRYPT_COST = "10";

vi.mock("@/lib/password/hash", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/password/hash")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const db = await openTestDatabase(sqliteTestDatabase("verify"));
const hash = await import("@/lib/password/hash");
const { provisionUser } = await import("./provision-user");
const { verifyCredentials } = await import("./verify-credentials");

const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  await provisionUser({ email: "active@example.com", password: PASSWORD, roles: ["user"], source: "test" });
  const { userId } = await provisionUser({ email: "inactive@example.com", password: PASSWORD, roles: ["user"], source: "test" });
  await db.user.update({ where: { id: userId }, data: { isActive: false } });
  await db.user.create({ data: { email: "social@example.com" } });
});

afterAll(() => hash.closePasswordPool());

beforeEach(() => {
  vi.mocked(hash.verifyPassword).mockClear();
});

describe("verifyCredentials", () => {
  it("accepts the right password of an active account", async () => {
    expect(await verifyCredentials("active@example.com", PASSWORD)).toMatchObject({ ok: true });
    expect(hash.verifyPassword).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["an unknown email", "nobody@example.com", PASSWORD, "unknown-email"],
    ["a wrong password", "active@example.com", "wrong horse battery staple", "wrong-password"],
    ["a deactivated account, right password", "inactive@example.com", PASSWORD, "inactive"],
    ["an account without a password", "social@example.com", PASSWORD, "no-password"],
  ])("refuses %s after exactly one bcrypt compare", async (_label, email, password, reason) => {
    expect(await verifyCredentials(email, password)).toMatchObject({ ok: false, reason });
    expect(hash.verifyPassword).toHaveBeenCalledTimes(1);
  });

  it("refuses input over 1 KB without hashing anything", async () => {
    expect(await verifyCredentials("active@example.com", "a".repeat(1025))).toMatchObject({ ok: false, reason: "too-long" });
    expect(hash.verifyPassword).not.toHaveBeenCalled();
  });
});
