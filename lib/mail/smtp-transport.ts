import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

const holder = globalThis as { __gatehouseSmtp?: { url: string; transport: Transporter } };

/** One pooled SMTP connection set per process and URL. */
export function smtpTransport(url: string): Transporter {
  if (holder.__gatehouseSmtp?.url !== url) {
    holder.__gatehouseSmtp?.transport.close();
    holder.__gatehouseSmtp = { url, transport: nodemailer.createTransport(url) };
  }
  return holder.__gatehouseSmtp.transport;
}
