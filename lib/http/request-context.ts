// Who is on the other end of a request, for rate limits, the session registry and the audit log.
//
// The client IP comes from a proxy header only as configured (docs/security.md, "Client IP"):
// - CLIENT_IP_HEADER: the platform's own header (cf-connecting-ip, x-real-ip, …), set by a proxy
//   that overwrites whatever the client sent;
// - TRUSTED_PROXY_HOPS=N: N proxies each append the address they saw to X-Forwarded-For, so the
//   N-th entry from the right is the client; everything further left is the client's own writing;
// - 0 (default): nobody is trusted, the socket address stamped by lib/http/peer-address.ts.
import { settings, type Settings } from "@/lib/config/settings";
import { PEER_ADDRESS_HEADER } from "./peer-address-header";

export type RequestContext = { ip: string | null; userAgent: string | null };

type HeaderReader = { get(name: string): string | null };

const MAX_IP_LENGTH = 64;

function clean(ip: string | null | undefined): string | null {
  const value = ip?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return value && value.length <= MAX_IP_LENGTH ? value : null;
}

/**
 * The client's address, or null when none can be read at all. A configured source that has no
 * usable address (header missing or over 64 characters, fewer proxies than configured) falls back
 * to the socket address; null happens only on a server that does not stamp it (not `next start`'s
 * HTTP server), and then the rate limits put every such request in one shared bucket.
 */
export function clientIp(headers: HeaderReader, options: Settings["clientIp"] = settings().clientIp): string | null {
  const ip = configuredClientIp(headers, options) ?? clean(headers.get(PEER_ADDRESS_HEADER));
  if (ip === null) warnUnknownClientsOnce();
  return ip;
}

function configuredClientIp(headers: HeaderReader, options: Settings["clientIp"]): string | null {
  if (options.header) return clean(headers.get(options.header)?.split(",")[0]);
  if (options.trustedProxyHops > 0) {
    const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
    // Fewer entries than trusted proxies: the request did not come through them all.
    if (entries.length >= options.trustedProxyHops) return clean(entries.at(-options.trustedProxyHops));
  }
  return null;
}

let warnedUnknownClients = false;

function warnUnknownClientsOnce(): void {
  if (warnedUnknownClients) return;
  warnedUnknownClients = true;
  console.warn(
    "[client-ip] cannot see the client address of some requests (no socket address stamped: is this `next start`?); they share one rate-limit bucket",
  );
}

export function requestContext(headers: HeaderReader, options?: Settings["clientIp"]): RequestContext {
  return { ip: clientIp(headers, options), userAgent: headers.get("user-agent")?.slice(0, 512) ?? null };
}
