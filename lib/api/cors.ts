// CORS for single-page apps on other origins: an allowlist of exact origins (API_CORS_ORIGINS),
// bearer tokens only — never credentials (cookies), never a wildcard.
import { settings } from "@/lib/config/settings";

const EXPOSED = "WWW-Authenticate, Retry-After, RateLimit, RateLimit-Policy";

function allowedOrigin(request: Request): string | null {
  const origin = request.headers.get("origin");
  return origin && settings().tokens.corsOrigins.includes(origin) ? origin : null;
}

export function withCors(request: Request, response: Response): Response {
  const origin = allowedOrigin(request);
  response.headers.append("Vary", "Origin");
  if (origin) {
    response.headers.set("Access-Control-Allow-Origin", origin);
    response.headers.set("Access-Control-Expose-Headers", EXPOSED);
  }
  return response;
}

/** The answer to a preflight: allowed origins get the methods and headers, others nothing. */
export function preflight(methods: string[]) {
  return (request: Request): Response => {
    const origin = allowedOrigin(request);
    const headers: Record<string, string> = { Vary: "Origin", "Cache-Control": "no-store" };
    if (origin) {
      Object.assign(headers, {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": [...methods, "OPTIONS"].join(", "),
        "Access-Control-Allow-Headers": "Authorization, Content-Type",
        "Access-Control-Max-Age": "600",
      });
    }
    return new Response(null, { status: 204, headers });
  };
}
