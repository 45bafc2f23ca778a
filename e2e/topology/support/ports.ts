// Loopback ports of the topology suite and `npm run load`, derived from E2E_PORT like every other
// test server (e2e/support/env.ts uses +30…+64 and +3290), so side-by-side checkouts never collide.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const INSTANCE_PORTS = [E2E_PORT + 76, E2E_PORT + 77, E2E_PORT + 78] as const;
export const BRIDGE_PORT = E2E_PORT + 73;
/** The public URL every instance is configured with (AUTH_URL), as behind a load balancer. */
export const PUBLIC_URL = `http://localhost:${E2E_PORT + 74}`;
export const POSTGRES_PORT = E2E_PORT + 3280;
export const REDIS_PORT = E2E_PORT + 3281;
export const BRIDGE_TOKEN = "topology-bridge-token";
export const AUTH_SECRET = "topology-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";
