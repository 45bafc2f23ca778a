// Where the OAuth stand-ins listen: 30 and 31 above the app's port (E2E_PORT, as in ../env.ts,
// which imports this file), so side-by-side checkouts each get their own pair.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const GOOGLE_STANDIN_PORT = E2E_PORT + 30;
export const GITHUB_STANDIN_PORT = E2E_PORT + 31;
// 127.0.0.1, not localhost: Node 20 may resolve localhost to ::1 first, and the stand-ins bind IPv4.
export const GOOGLE_STANDIN_ISSUER = `http://127.0.0.1:${GOOGLE_STANDIN_PORT}`;
export const GITHUB_STANDIN_URL = `http://127.0.0.1:${GITHUB_STANDIN_PORT}`;

export const OAUTH_CLIENTS = {
  google: { id: "gatehouse-e2e-google", secret: "google-e2e-client-secret" },
  github: { id: "gatehouse-e2e-github", secret: "github-e2e-client-secret" },
} as const;
