// How the edge gate refuses a signed-in user whose role claim lacks a page's permission.
// Must stay edge-safe: imported by middleware.ts and by the data access layer.
//
// The gate never rewrites to a 403 page: Next 16.4.6 compares a rewrite's origin (normalised to
// `localhost`) with the address the server was bound to, so under `next start --hostname
// 127.0.0.1` (the usual bind behind a reverse proxy) every rewrite became an HTTP request from
// the server to itself (vercel/next.js#94745): twice the work, and 500s ("socket hang up", EPROTO
// behind TLS) under load. Instead:
// - a page navigation goes on to the page with the refusal on the request, and the data access
//   layer renders the app's 403 page at once, before any session lookup. A refusal only ever
//   denies, so a client that sends the header itself can only refuse itself; the gate
//   overwrites it anyway;
// - anything else (a React Server Components payload, a prefetch, a server action) is answered
//   403 by the gate itself. Next's router, given a non-RSC answer, loads the URL as a page, which
//   then shows the 403 page.
export const GATE_REFUSAL_HEADER = "x-gatehouse-gate-refusal";
export const GATE_REFUSAL = "forbidden";

type GatedRequest = { method: string; pathname: string; headers: Headers };

/** True for a browser loading a page (HTML), the one kind of request the 403 page is for. */
export function isPageNavigation({ method, pathname, headers }: GatedRequest): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  return !headers.has("rsc") && !headers.has("next-router-prefetch") && !headers.has("next-action") && !/\.rsc\/*$/i.test(pathname);
}
