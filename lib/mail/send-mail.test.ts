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
    const message = verifyEmailMessage({ to: "ada@example.com", name: "Ada", url: "https://accounts.example.com/verify-email?token=abc" });
    await sendMail(message, { smtpUrl: sink.url, from: "Gatehouse <no-reply@accounts.example.com>", outboxEnabled: false });
    const received = await sink.waitFor("ada@example.com");
    expect(received.from).toBe("no-reply@accounts.example.com");
    expect(received.subject).toBe("Confirm your email address");
    expect(received.text).toContain("https://accounts.example.com/verify-email?token=abc");
    expect(received.html).toContain('href="https://accounts.example.com/verify-email?token=abc"');
  });

  it("refuses to send when neither SMTP nor the outbox is configured", async () => {
    const message = verifyEmailMessage({ to: "ada@example.com", name: null, url: "https://a.example/x" });
    await expect(sendMail(message, { smtpUrl: null, from: "x@y.z", outboxEnabled: false })).rejects.toThrow(/SMTP_URL/);
  });
});
