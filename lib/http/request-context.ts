// Who is on the other end of a request, for the session registry and the audit log.
// The client IP is the right-most X-Forwarded-For entry: the one the nearest proxy (or Next's
// own server) appended. Anything further left was written by the client and is not trusted.

export type RequestContext = { ip: string | null; userAgent: string | null };

type HeaderReader = { get(name: string): string | null };

export function requestContext(headers: HeaderReader): RequestContext {
  const forwarded = headers.get("x-forwarded-for");
  const ip = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1) ?? null;
  return { ip: ip && ip.length <= 64 ? ip : null, userAgent: headers.get("user-agent")?.slice(0, 512) ?? null };
}
