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
};

export default nextConfig;
