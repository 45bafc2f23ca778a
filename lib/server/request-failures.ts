// What went wrong in the requests being handled right now: instrumentation.ts's onRequestError
// records it, lib/server/request-guard.ts reads it to choose a 503 or a 500. Pure and on
// globalThis (the two live in different bundles), so instrumentation can import it statically
// and record synchronously, before Next writes its response.
import type { FailureKind } from "./failure-response";

/** A database failure seen this recently makes an unexplained 5xx a 503. */
export const OUTAGE_MEMORY_MS = 10_000;

type FailureState = { byRequest: Map<string, FailureKind>; lastDatabaseFailureAt: number };

const state: FailureState = ((globalThis as { __gatehouseRequestFailures?: FailureState }).__gatehouseRequestFailures ??= {
  byRequest: new Map(),
  lastDatabaseFailureAt: -Infinity,
});

export function recordRequestFailure(requestId: string | undefined, kind: FailureKind, now: number = Date.now()): void {
  if (kind === "database-unavailable") state.lastDatabaseFailureAt = now;
  if (requestId) state.byRequest.set(requestId, kind);
}

export function failureKindFor(requestId: string, now: number = Date.now()): FailureKind {
  return state.byRequest.get(requestId) ?? (now - state.lastDatabaseFailureAt < OUTAGE_MEMORY_MS ? "database-unavailable" : "internal");
}

export function forgetRequest(requestId: string): void {
  state.byRequest.delete(requestId);
}
