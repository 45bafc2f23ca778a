// What a request gets instead of Next's own 5xx: a plain page for browsers, problem+json
// (RFC 9457) for everything else. Never a stack trace or an internal message; always the request
// id, so a user's report can be found in the logs. A database outage is a 503 with Retry-After.
export type FailureKind = "database-unavailable" | "internal";

export type FailureResponse = { status: 500 | 503; headers: Record<string, string>; body: string };

export type FailureResponseOptions = { kind: FailureKind; requestId: string; wantsHtml: boolean };

export const RETRY_AFTER_SECONDS = 5;

const COPY: Record<FailureKind, { status: 500 | 503; title: string; detail: string }> = {
  "database-unavailable": {
    status: 503,
    title: "Service unavailable",
    detail: "Gatehouse cannot reach its database right now. Nothing was changed. Try again in a few seconds.",
  },
  internal: {
    status: 500,
    title: "Something went wrong",
    detail: "The request could not be completed. If it keeps happening, report it with the request id.",
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function failureResponse({ kind, requestId, wantsHtml }: FailureResponseOptions): FailureResponse {
  const { status, title, detail } = COPY[kind];
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  if (!wantsHtml) {
    headers["Content-Type"] = "application/problem+json";
    return { status, headers, body: JSON.stringify({ type: "about:blank", title, status, detail, requestId }) };
  }
  headers["Content-Type"] = "text/html; charset=utf-8";
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status} · ${escapeHtml(title)} · Gatehouse</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a">
<main><p style="color:#4338ca;font-weight:600">${status} · ${escapeHtml(title)}</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p>
<p>Request id: <code>${escapeHtml(requestId)}</code></p>
<p><a href="/">Try again</a></p></main>
</body></html>
`;
  return { status, headers, body };
}

/** Browsers navigating to a page get HTML; API calls, server actions and RSC fetches get JSON. */
export function wantsHtml(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): boolean {
  const { headers } = request;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if ((request.url ?? "/").startsWith("/api/")) return false;
  if (headers["rsc"] || headers["next-action"]) return false;
  return String(headers["accept"] ?? "").includes("text/html");
}
