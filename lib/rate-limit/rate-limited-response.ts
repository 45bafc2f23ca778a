import "server-only";
import { checkRateLimits, type RateLimitCheck } from "./check-rate-limits";

/**
 * For route handlers: null when allowed, else the 429 to return, with Retry-After.
 * ("assertRateLimit" for the JSON API.)
 */
export async function rateLimitedResponse(checks: RateLimitCheck[]): Promise<Response | null> {
  const result = await checkRateLimits(checks);
  if (result.ok) return null;
  return Response.json(
    { error: "Too many requests", retryAfterSeconds: result.retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
