// RFC 9457 problem details for the token API (/api/v1). Every answer is no-store.
import { settings } from "@/lib/config/settings";
import { RATE_LIMIT_POLICIES, type RateLimitPolicy } from "@/lib/rate-limit/policies";

export const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" } as const;

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  503: "Service Unavailable",
};

export type ProblemOptions = {
  detail?: string;
  headers?: Record<string, string>;
  /** Extension members, e.g. OAuth's `error` code on the auth endpoints. */
  extra?: Record<string, unknown>;
};

export function problem(status: number, { detail, headers, extra }: ProblemOptions = {}): Response {
  const body = { type: "about:blank", title: TITLES[status] ?? "Error", status, ...(detail ? { detail } : {}), ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...NO_STORE, ...headers },
  });
}

/** 429 with Retry-After and the IETF RateLimit / RateLimit-Policy fields. */
export function rateLimitedProblem(policy: RateLimitPolicy, retryAfterSeconds: number): Response {
  const rule = RATE_LIMIT_POLICIES[policy];
  return problem(429, {
    detail: `Too many requests; try again in ${retryAfterSeconds} seconds.`,
    headers: {
      "Retry-After": String(retryAfterSeconds),
      "RateLimit-Policy": `"${policy}";q=${rule.limit * settings().rateLimit.multiplier};w=${rule.windowSeconds}`,
      RateLimit: `"${policy}";r=0;t=${retryAfterSeconds}`,
    },
  });
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}
