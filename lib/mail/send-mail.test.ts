import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/test-support/smtp-sink";
import { sendMail } from "./send-mail";
import { verifyEmailMessage } from "./templates";

describe("sendMail over SMTP", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  it("delivers both parts to a real SMTP server, from MAIL_FROM", async () => {
    const message = verifyEmailMessage({ to: "ada@example.com", url: "https://accounts.example.com/verify-email?token=abc" });
    await sendMail(message, { smtpUrl: sink.url, from: "Gatehouse <no-reply@accounts.example.com>", outboxEnabled: false });
    const received = await sink.waitFor("ada@example.com");
    expect(received.from).toBe("no-reply@accounts.example.com");
    expect(received.subject).toBe("Confirm your email address");
    expect(received.text).toContain("https://accounts.example.com/verify-email?token=abc");
    expect(received.html).toContain('href="https://accounts.example.com/verify-email?token=abc"');
  });

  // Issue 12, item 5: STARTTLS that a network attacker can strip is no protection.
  it("sends nothing over smtp:// to a server that does not offer STARTTLS, unless the URL opts out for a local relay", async () => {
    const plain = `smtp://127.0.0.1:${sink.port}`;
    const message = verifyEmailMessage({ to: "strip@example.com", url: "https://accounts.example.com/verify-email?token=secret" });
    await expect(sendMail(message, { smtpUrl: plain, from: "no-reply@accounts.example.com", outboxEnabled: false })).rejects.toThrow(/STARTTLS/);
    expect(sink.messages.filter((mail) => mail.to.includes("strip@example.com"))).toHaveLength(0);

    await sendMail(message, { smtpUrl: `${plain}?localRelay=plaintext`, from: "no-reply@accounts.example.com", outboxEnabled: false });
    expect((await sink.waitFor("strip@example.com")).text).toContain("token=secret");
  });

  it("refuses to send when neither SMTP nor the outbox is configured", async () => {
    const message = verifyEmailMessage({ to: "ada@example.com", url: "https://a.example/x" });
    await expect(sendMail(message, { smtpUrl: null, from: "x@y.z", outboxEnabled: false })).rejects.toThrow(/SMTP_URL/);
  });
});
