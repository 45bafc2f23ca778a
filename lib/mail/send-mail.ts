import "server-only";
import { db } from "@/lib/db/client";
import { settings, type MailSettings } from "@/lib/config/settings";
import type { MailMessage } from "./message";
import { smtpTransport } from "./smtp-transport";

/**
 * Sends through SMTP_URL; without it, keeps the message in the development outbox and says so
 * in the server log (the body is not logged: it holds single-use links).
 */
export async function sendMail(message: MailMessage, mail: MailSettings = settings().mail): Promise<void> {
  if (mail.smtpUrl) {
    await smtpTransport(mail.smtpUrl).sendMail({ from: mail.from, ...message });
    return;
  }
  if (!mail.outboxEnabled) throw new Error("No way to send mail: set SMTP_URL (or DEV_OUTBOX=true)");
  const { id } = await db.outboxEmail.create({ data: message, select: { id: true } });
  console.info(`[mail] "${message.subject}" to ${message.to} is in the development outbox: ${settings().appUrl}/dev/outbox/${id}`);
}
