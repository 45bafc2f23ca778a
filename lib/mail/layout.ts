// The frame every email shares: a heading, short paragraphs, at most one button, and a footer.
// Every piece of text is escaped for the HTML part; user-supplied names never become markup.
import type { MailMessage } from "./message";

export type EmailContent = {
  to: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** After the button: what to do if this was not you, how long the link lasts. */
  notes?: string[];
};

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Names and addresses go into a one-line header-safe form before they reach any part. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

export function renderEmail({ to, subject, heading, paragraphs, action, notes = [] }: EmailContent): MailMessage {
  const text = [
    heading,
    "",
    ...paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    ...notes.flatMap((note) => [note, ""]),
    "— Gatehouse",
  ].join("\n");

  const p = (content: string, style = "margin:0 0 16px") => `<p style="${style}">${escapeHtml(content)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      p(`Or paste this link into your browser: ${action.url}`, "margin:0 0 16px;font-size:13px;color:#475569;word-break:break-all")
    : "";
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#0f172a">',
    '<div style="max-width:520px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">',
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>`,
    ...paragraphs.map((paragraph) => p(paragraph)),
    button,
    ...notes.map((note) => p(note, "margin:0 0 16px;font-size:13px;color:#475569")),
    '<p style="margin:24px 0 0;font-size:13px;color:#64748b">— Gatehouse</p>',
    "</div></body></html>",
  ].join("");

  return { to, subject, text, html };
}
