// The frame every email shares: a heading, short paragraphs, at most one button, and a footer.
// Every piece of text is escaped for the HTML part; user-supplied names never become markup.
import type { Theme } from "@/lib/validation/theme";
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

const DARK_SCHEME_QUERY = "@media (prefers-color-scheme: dark)";

/**
 * Dark mode as mail clients understand it: the inline styles are the light default (clients
 * that drop <style> or ignore the query keep a readable light email), the declared schemes tell
 * Apple Mail to use the dark block below instead of recolouring on its own (Gmail's apps and
 * Outlook recolour anyway, from the light default). The dark colours mirror the app's dark
 * palette; !important is what lets a stylesheet beat inline styles. `fixed` pins the block to one
 * scheme (withColorScheme).
 */
function colorSchemeHead(fixed?: "light" | "dark"): string {
  const schemes = fixed ?? "light dark";
  const query = fixed === undefined ? DARK_SCHEME_QUERY : fixed === "dark" ? "@media all" : "@media not all";
  return [
    `<meta name="color-scheme" content="${schemes}">`,
    `<meta name="supported-color-schemes" content="${schemes}">`,
    "<style>",
    `:root{color-scheme:${schemes};supported-color-schemes:${schemes}}`,
    `${query}{`,
    ".gh-body{background:#020617 !important;color:#f1f5f9 !important}",
    ".gh-card{background:#0f172a !important;border-color:#334155 !important}",
    ".gh-muted{color:#94a3b8 !important}",
    ".gh-button{background:#93c5fd !important;color:#0f172a !important}",
    "}</style>",
  ].join("");
}

const COLOR_SCHEME_HEAD = colorSchemeHead();

/**
 * An email's HTML as it shows under a scheme the reader fixed, for the development outbox: the
 * dark block then applies always or never. A preview iframe's prefers-color-scheme follows the
 * device, not the page's color-scheme (Chromium), so a page-level Light or Dark choice must be
 * written into the document. Only the block renderEmail wrote changes, never the subject or any user text.
 */
export function withColorScheme(html: string, scheme: Theme): string {
  return scheme === "system" ? html : html.replace(COLOR_SCHEME_HEAD, () => colorSchemeHead(scheme));
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

  const p = (content: string, style = "margin:0 0 16px", className?: string) =>
    `<p${className ? ` class="${className}"` : ""} style="${style}">${escapeHtml(content)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a class="gh-button" href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      p(`Or paste this link into your browser: ${action.url}`, "margin:0 0 16px;font-size:13px;color:#475569;word-break:break-all", "gh-muted")
    : "";
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">${COLOR_SCHEME_HEAD}<title>${escapeHtml(subject)}</title></head>`,
    '<body class="gh-body" style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#0f172a">',
    '<div class="gh-card" style="max-width:520px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">',
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>`,
    ...paragraphs.map((paragraph) => p(paragraph)),
    button,
    ...notes.map((note) => p(note, "margin:0 0 16px;font-size:13px;color:#475569", "gh-muted")),
    '<p class="gh-muted" style="margin:24px 0 0;font-size:13px;color:#64748b">— Gatehouse</p>',
    "</div></body></html>",
  ].join("");

  return { to, subject, text, html };
}
