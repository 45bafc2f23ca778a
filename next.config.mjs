import { STATIC_CSP, staticSecurityHeaders, wantsHsts } from "./lib/http/static-security-headers.mjs";

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
  // Static assets skip middleware.ts; they get the same headers here (no nonce: they run no
  // inline script). Read at build time: build with the production AUTH_URL for HSTS.
  async headers() {
    const headers = Object.entries(staticSecurityHeaders({ hsts: wantsHsts(process.env) })).map(([key, value]) => ({ key, value }));
    headers.push({ key: "Content-Security-Policy", value: STATIC_CSP });
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/robots.txt"].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
