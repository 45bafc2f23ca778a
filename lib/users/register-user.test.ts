// Registration against a real SQLite database and a real SMTP server: the same answer for a new
// and a taken address, a verification link for the new one, and a warning — at most a few an
// hour — for the owner of the taken one.
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "@/test-support/open-test-database";
import { sqliteTestDatabase } from "@/test-support/sqlite-test-database";
import { startSmtpSink } from "@/test-support/smtp-sink";

const database = sqliteTestDatabase("register");
process.env.BCRYPT_COST = "10";
process.env.AUTH_URL = "https://accounts.example.com";

const context = { ip: "203.0.113.7", userAgent: "vitest" };
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const db = await openTestDatabase(database);
const { registerUser } = await import("./register-user");
const { closePasswordPool } = await import("@/lib/password/hash");

afterAll(async () => {
  await closePasswordPool();
  await sink.close();
});

const data = (email: string, name = "Ada Owner") => ({ name, email, password: "a perfectly good passphrase" });
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

describe("registerUser", () => {
  it("answers alike for a new and a taken address; the new one gets a link, the owner of the taken one a warning", async () => {
    expect(await registerUser({ data: data("ada@example.com"), context })).toEqual({ status: "accepted" });
    const link = await sink.waitFor("ada@example.com", { subject: /^Confirm your email address$/ });
    expect(link.text).toMatch(/https:\/\/accounts\.example\.com\/verify-email\?token=[A-Za-z0-9_-]{43}/);

    expect(await registerUser({ data: data("ada@example.com", "Mallory"), context })).toEqual({ status: "accepted" });
    const warning = await sink.waitFor("ada@example.com", { subject: /^Someone tried to register with your email address$/ });
    expect(warning.text).toMatch(/https:\/\/accounts\.example\.com\/reset-password\?token=[A-Za-z0-9_-]{43}/);
    expect(await db.user.count({ where: { email: "ada@example.com" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } })).name).toBe("Ada Owner");
  });

  // Issue 12, item 3: the verification link is unsolicited mail too, so it counts (5 in all).
  it("sends an address that never proved itself at most 5 unsolicited emails an hour, the verification link included", async () => {
    await registerUser({ data: data("bo@example.com", "Bo Owner"), context });
    await sink.waitFor("bo@example.com", { subject: /^Confirm your email address$/ });
    for (let attempt = 0; attempt < 8; attempt++) {
      expect(await registerUser({ data: data("bo@example.com", `Attempt ${attempt}`), context })).toEqual({ status: "accepted" });
    }
    const warnings = () => sink.messages.filter((mail) => mail.to.includes("bo@example.com") && /^Someone tried to register/.test(mail.subject));
    await expect.poll(() => warnings().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    await settle();
    expect(warnings()).toHaveLength(4);
    // Every attempt is still in the security log.
    const owner = await db.user.findUniqueOrThrow({ where: { email: "bo@example.com" } });
    expect(await db.auditEvent.count({ where: { subjectId: owner.id, type: "user.registration_duplicate" } })).toBe(8);
  });

  // Issue 12, item 3: the name typed at registration reached whatever address was typed beside it.
  it("mails an unproven address nothing the registrant wrote", async () => {
    const lure = "URGENT: your bank account is locked, call +1 555 0100 or visit https://evil.tld";
    await registerUser({ data: data("cy@example.com", lure), context });
    const link = await sink.waitFor("cy@example.com", { subject: /^Confirm your email address$/ });
    await registerUser({ data: data("cy@example.com", "Someone Else"), context });
    const warning = await sink.waitFor("cy@example.com", { subject: /^Someone tried to register/ });
    for (const mail of [link, warning]) {
      for (const part of [mail.text, mail.html]) {
        expect(part).not.toContain("URGENT");
        expect(part).not.toContain("evil.tld");
      }
      expect(mail.text).toContain("Hi,");
    }
  });

  it("counts every resent verification link toward the per-recipient cap", async () => {
    await registerUser({ data: data("dee@example.com"), context });
    await sink.waitFor("dee@example.com", { subject: /^Confirm your email address$/ });
    const user = await db.user.findUniqueOrThrow({ where: { email: "dee@example.com" }, select: { id: true } });
    const { resendVerification } = await import("./resend-verification");
    for (let attempt = 0; attempt < 6; attempt++) await resendVerification(user.id, context);
    await settle();
    expect(sink.messages.filter((mail) => mail.to.includes("dee@example.com"))).toHaveLength(5);
  });
});
