// Whether this process has been asked to stop (lib/server/graceful-shutdown.ts sets it).
// Kept on globalThis: instrumentation and the app's route handlers are separate bundles, each
// with its own copy of this module.
type ShutdownState = { shuttingDown: boolean };

const state: ShutdownState = ((globalThis as { __gatehouseShutdown?: ShutdownState }).__gatehouseShutdown ??= {
  shuttingDown: false,
});

export function isShuttingDown(): boolean {
  return state.shuttingDown;
}

export function markShuttingDown(): void {
  state.shuttingDown = true;
}
