// Registration against a real SQLite database and a real SMTP server: the same answer for a new
// and a taken address, a verification link for the new one, and a warning — at most a few an
// hour — for the owner of the taken one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { startSmtpSink, type SmtpSink } from "@/test-support/smtp-sink";

const database = sqliteTestDatabase("register");
process.env.BCRYPT_COST = "10";
process.env.AUTH_URL = "https://accounts.example.com";

const context = { ip: "203.0.113.7", userAgent: "vitest" };
let sink: SmtpSink;
let mod: {
  db: typeof import("@/lib/db/client").db;
  registerUser: typeof import("./register-user").registerUser;
  closePasswordPool: typeof import("@/lib/password/hash").closePasswordPool;
};

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  const db = await openTestDatabase(database);
  mod = {
    db,
    registerUser: (await import("./register-user")).registerUser,
    closePasswordPool: (await import("@/lib/password/hash")).closePasswordPool,
  };
}, 60_000);

afterAll(async () => {
  await mod?.closePasswordPool();
  await mod?.db.$disconnect();
  await sink?.close();
  await database.drop();
});

const data = (email: string, name = "Ada Owner") => ({ name, email, password: "a perfectly good passphrase" });
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

describe("registerUser", () => {
  it("answers alike for a new and a taken address; the new one gets a link, the owner of the taken one a warning", async () => {
    expect(await mod.registerUser({ data: data("ada@example.com"), context })).toEqual({ status: "accepted" });
    const link = await sink.waitFor("ada@example.com", { subject: /^Confirm your email address$/ });
    expect(link.text).toMatch(/https:\/\/accounts\.example\.com\/verify-email\?token=[A-Za-z0-9_-]{43}/);

    expect(await mod.registerUser({ data: data("ada@example.com", "Mallory"), context })).toEqual({ status: "accepted" });
    const warning = await sink.waitFor("ada@example.com", { subject: /^Someone tried to register with your email address$/ });
    expect(warning.text).toMatch(/https:\/\/accounts\.example\.com\/reset-password\?token=[A-Za-z0-9_-]{43}/);
    expect(await mod.db.user.count({ where: { email: "ada@example.com" } })).toBe(1);
    expect((await mod.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).name).toBe("Ada Owner");
  });

  it("sends an address's owner at most 5 warnings an hour, however often someone tries", async () => {
    await mod.registerUser({ data: data("bo@example.com", "Bo Owner"), context });
    await sink.waitFor("bo@example.com", { subject: /^Confirm your email address$/ });
    for (let attempt = 0; attempt < 8; attempt++) {
      expect(await mod.registerUser({ data: data("bo@example.com", `Attempt ${attempt}`), context })).toEqual({ status: "accepted" });
    }
    const warnings = () => sink.messages.filter((mail) => mail.to.includes("bo@example.com") && /^Someone tried to register/.test(mail.subject));
    await expect.poll(() => warnings().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    await settle();
    expect(warnings()).toHaveLength(5);
    // Every attempt is still in the security log.
    const owner = await mod.db.user.findUniqueOrThrow({ where: { email: "bo@example.com" } });
    expect(await mod.db.auditEvent.count({ where: { subjectId: owner.id, type: "user.registration_duplicate" } })).toBe(8);
  });
});
