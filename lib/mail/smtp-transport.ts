import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/** The one way to send over smtp:// without TLS: a relay on the same host or private network. */
export const LOCAL_RELAY_OPT_OUT = { name: "localRelay", value: "plaintext" } as const;

/** nodemailer options that would turn TLS off by another name; SMTP_URL may not carry them. */
export const TLS_OVERRIDES = ["ignoreTLS", "requireTLS", "secure", "tls.rejectUnauthorized"] as const;

const holder = globalThis as { __gatehouseSmtp?: { url: string; transport: Transporter } };

/**
 * The URL nodemailer gets for SMTP_URL: smtps:// is TLS from the first byte; smtp:// must upgrade
 * with STARTTLS (`requireTLS`), so a network attacker who strips the server's STARTTLS offer gets
 * an error, not the reset links. Only `?localRelay=plaintext` sends without TLS.
 * (nodemailer reads options from a URL's query and ignores options passed beside a URL.)
 */
export function smtpConnectionUrl(url: string): string {
  const parsed = new URL(url);
  const localRelay = parsed.searchParams.get(LOCAL_RELAY_OPT_OUT.name) === LOCAL_RELAY_OPT_OUT.value;
  parsed.searchParams.delete(LOCAL_RELAY_OPT_OUT.name);
  for (const name of TLS_OVERRIDES) parsed.searchParams.delete(name);
  if (parsed.protocol === "smtp:" && !localRelay) parsed.searchParams.set("requireTLS", "true");
  return parsed.toString();
}

/** One pooled SMTP connection set per process and URL. */
export function smtpTransport(url: string): Transporter {
  if (holder.__gatehouseSmtp?.url !== url) {
    holder.__gatehouseSmtp?.transport.close();
    holder.__gatehouseSmtp = { url, transport: nodemailer.createTransport(smtpConnectionUrl(url)) };
  }
  return holder.__gatehouseSmtp.transport;
}
