// Test-only: a real SMTP server on loopback (smtp-server, from the nodemailer project) that
// keeps every message it receives, parsed by mailparser, so tests read the mail that arrived.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  /** The sender address (without the display name). */
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
};

export type SmtpSink = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Waits until a message to `to` (and matching `subject`, if given) has arrived. */
  waitFor(to: string, options?: { subject?: RegExp; timeoutMs?: number; after?: number }): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            from: parsed.from?.value[0]?.address ?? "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;

  return {
    port: actualPort,
    // A relay on loopback without TLS: the one case SMTP_URL may opt out of STARTTLS.
    url: `smtp://127.0.0.1:${actualPort}?localRelay=plaintext`,
    messages,
    async waitFor(to, { subject, timeoutMs = 10_000, after = 0 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = messages
          .slice(after)
          .find((message) => message.to.includes(to.toLowerCase()) && (!subject || subject.test(message.subject)));
        if (match) return match;
        if (Date.now() > deadline) throw new Error(`No email to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
