import { HSTS, STATIC_CSP, STATIC_SECURITY_HEADERS, wantsHsts } from "./lib/edge/static-security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Kept out of the bundle: native addons, and piscina, which must find its own worker file.
  serverExternalPackages: ["piscina", "better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  experimental: {
    // forbidden() / unauthorized() from next/navigation render app/forbidden.tsx with a 403.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "64kb" },
  },
  // Every response, the middleware's own answers (redirects, 401/403) included, carries the
  // static security headers from here: `next start` adds them, so the edge middleware only sets
  // what changes per request (the CSP nonce, HSTS). Hosts that run Next in minimal mode (Vercel,
  // other adapters) apply this list themselves. Static assets skip middleware.ts and get
  // a script-free CSP here, and HSTS read at build time: build with the production AUTH_URL.
  // The token API (/api/v1, the JWKS) skips it too: JSON needs no nonce.
  async headers() {
    const everyResponse = Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    const assetHeaders = [{ key: "Content-Security-Policy", value: STATIC_CSP }];
    if (wantsHsts(process.env)) assetHeaders.push({ key: "Strict-Transport-Security", value: HSTS });
    return [
      { source: "/:path*", headers: everyResponse },
      ...["/_next/static/:path*", "/_next/image", "/favicon.ico", "/robots.txt", "/api/v1/:path*", "/.well-known/jwks.json"].map((source) => ({ source, headers: assetHeaders })),
    ];
  },
};

export default nextConfig;
