// Node only, installed from instrumentation.ts. What `next start` (16.4.6) does on SIGTERM/SIGINT,
// read from next/dist/server/lib/start-server.js: `server.close()` (stops accepting, closes idle
// keep-alive connections, waits for in-flight requests with no time limit), then runs its own
// cleanup (`after()` work), then `process.exit(143)` (130 for SIGINT). It closes nothing of ours
// and never gives up on a request that does not end. So, beside Next's handler:
// - readiness answers 503 at once (lib/server/shutdown-state.ts), for load balancers still probing;
// - when Next exits, the database pool, the hashing workers and the purge timer are closed first
//   and the exit code is 0: a requested stop that drained cleanly is a success;
// - a request still running after SHUTDOWN_TIMEOUT ends the process anyway, with exit code 1.
import { log } from "@/lib/observability/log";
import { requestsInFlight } from "./request-guard";
import { isShuttingDown, markShuttingDown } from "./shutdown-state";

export type GracefulShutdownOptions = {
  timeoutMs: number;
  /** Pools, workers, timers: closed once in-flight requests are done, bounded by closeTimeoutMs. */
  closeResources: () => Promise<void>;
  closeTimeoutMs?: number;
};

// Next's exit codes for the signals it handles: a drained shutdown, not a failure.
const SIGNAL_EXIT_CODES = new Set([130, 143]);

export function installGracefulShutdown({ timeoutMs, closeResources, closeTimeoutMs = 5_000 }: GracefulShutdownOptions): void {
  const holder = globalThis as { __gatehouseShutdownInstalled?: boolean };
  if (holder.__gatehouseShutdownInstalled) return;
  holder.__gatehouseShutdownInstalled = true;

  const exit = process.exit.bind(process);
  let closing: Promise<void> | undefined;
  const closeOnce = () =>
    (closing ??= Promise.race([
      closeResources().catch((error: unknown) => log("error", "shutdown: closing resources failed", { error: (error as Error).message })),
      new Promise<void>((resolve) => setTimeout(resolve, closeTimeoutMs).unref()),
    ]));

  process.exit = ((code?: number | string | null) => {
    if (!isShuttingDown()) return exit(code);
    const status = code === undefined || code === null || SIGNAL_EXIT_CODES.has(Number(code)) ? 0 : Number(code);
    void closeOnce().then(() => {
      log("info", "shutdown complete", { exitCode: status });
      exit(status);
    });
    return undefined as never;
  }) as typeof process.exit;

  const onSignal = (signal: NodeJS.Signals) => {
    if (isShuttingDown()) return;
    markShuttingDown();
    log("info", "shutdown requested: no new connections, finishing in-flight requests", {
      signal,
      inFlight: requestsInFlight(),
      timeoutMs,
    });
    setTimeout(() => {
      log("error", "shutdown timed out: requests still in flight are cut off", { inFlight: requestsInFlight() });
      void closeOnce().then(() => exit(1));
    }, timeoutMs).unref();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
