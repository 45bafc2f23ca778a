/** One email: every message has a plain-text and an HTML part. */
export type MailMessage = { to: string; subject: string; text: string; html: string };
