// Loopback ports of the topology suite and `npm run load`, derived from E2E_PORT like every other
// test server (e2e/support/env.ts uses +30…+64 and +3290), so side-by-side checkouts never collide.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const INSTANCE_PORTS = [E2E_PORT + 70, E2E_PORT + 71, E2E_PORT + 72] as const;
export const BRIDGE_PORT = E2E_PORT + 73;
export const POSTGRES_PORT = E2E_PORT + 3280;
export const REDIS_PORT = E2E_PORT + 3281;
export const BRIDGE_TOKEN = "topology-bridge-token";
export const AUTH_SECRET = "topology-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";
