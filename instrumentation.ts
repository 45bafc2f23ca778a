// Runs once when a server process starts (next dev / next start).
import type { Instrumentation } from "next";
// Both pure (no Node built-ins): imported statically so onRequestError records synchronously.
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { log } from "@/lib/observability/log";
import { recordRequestFailure } from "@/lib/server/request-failures";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("@/lib/http/peer-address");
  installPeerAddressStamp();
  const { installRequestGuard } = await import("@/lib/server/request-guard");
  installRequestGuard();
  const { prepareServer } = await import("@/lib/server-start");
  await prepareServer();
  const { installGracefulShutdown } = await import("@/lib/server/graceful-shutdown");
  const { closeServerResources } = await import("@/lib/server/close-server-resources");
  const { settings } = await import("@/lib/config/settings");
  installGracefulShutdown({ timeoutMs: settings().shutdownTimeoutSeconds * 1000, closeResources: closeServerResources });
}

// Every error Next.js catches while handling a request: a database outage makes the response a
// 503 (lib/server/request-guard.ts), and each error is logged once, with the request id.
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const header = request.headers["x-request-id"];
  const requestId = typeof header === "string" ? header : undefined;
  const kind = isDatabaseUnavailable(error) ? "database-unavailable" : "internal";
  recordRequestFailure(requestId, kind);
  log("error", kind === "database-unavailable" ? "database unreachable" : "request failed", {
    requestId,
    route: request.path.split("?")[0],
    error: error instanceof Error ? error.name : typeof error,
  });
};
