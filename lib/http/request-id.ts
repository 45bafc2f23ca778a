// Every request gets an id (lib/server/request-guard.ts stamps it on the way in): it is in the
// request's log line, the X-Request-Id response header, the 503/500 page and problem+json, so a
// user's report can be found in the logs. Edge-safe (Web Crypto only).
export const REQUEST_ID_HEADER = "x-request-id";

export function newRequestId(): string {
  return crypto.randomUUID();
}

const REQUEST_ID = /^[0-9a-f-]{36}$/;

/** The id stamped on this request, or null (never a client's own value: the guard overwrites it). */
export function requestIdFrom(headers: { get(name: string): string | null }): string | null {
  const value = headers.get(REQUEST_ID_HEADER);
  return value && REQUEST_ID.test(value) ? value : null;
}
