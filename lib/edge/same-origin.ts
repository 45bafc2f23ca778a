// Refuses cross-site requests that change state. Edge-safe: used by middleware.ts for every
// non-GET request, and by route handlers that change state (the middleware is not the boundary).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type RequestLike = { method: string; headers: { get(name: string): string | null } };

/**
 * True when a browser sent this request from another site. `Origin: null` (sandboxed frames,
 * data: URLs, some redirects) counts as cross-site. Without Origin, Sec-Fetch-Site decides;
 * a request with neither did not come from a modern browser page and carries no ambient trust
 * beyond the cookies its sender already holds.
 */
export function isCrossSite(request: RequestLike, appUrl: string | undefined = process.env.AUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return true;
    }
    if (appUrl && safeOrigin(appUrl) === parsed.origin) return false;
    return parsed.host !== request.headers.get("host");
  }
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function changesState(request: Pick<RequestLike, "method">): boolean {
  return !SAFE_METHODS.has(request.method.toUpperCase());
}

/** For route handlers: a 403 for a cross-site request that changes state, else null. */
export function refuseCrossSite(request: RequestLike): Response | null {
  if (!changesState(request) || !isCrossSite(request)) return null;
  return Response.json({ error: "Cross-site request refused" }, { status: 403, headers: { "Cache-Control": "no-store" } });
}
