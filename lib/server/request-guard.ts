// Node only, installed from instrumentation.ts at server start. For every request:
// - stamps a fresh request id (overwriting any client value) on the request, where pages and
//   handlers read it, and on the response (X-Request-Id);
// - writes one structured log line when it ends: method, route (the path, never the query, which
//   can hold an emailed token), status, duration, request id;
// - replaces the 500 Next.js sends for an error with lib/server/failure-response.ts: a 503 when the
//   database is unreachable (reported by instrumentation's onRequestError, or seen failing in
//   the last seconds), else a bare 500; never a stack trace or an internal message;
// - once the process is stopping, answers with `Connection: close`: a keep-alive connection
//   (kept 65 s, longer than a load balancer's) would otherwise hold the drain open until
//   SHUTDOWN_TIMEOUT cuts it off. Next's own `server.close()` closes the idle ones.
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { REQUEST_ID_HEADER, newRequestId } from "@/lib/http/request-id";
import { log } from "@/lib/observability/log";
import { failureResponse, wantsHtml, type FailureResponse } from "./failure-response";
import { failureKindFor, forgetRequest } from "./request-failures";
import { isShuttingDown } from "./shutdown-state";

const REPLACED_HEADERS = /^(content-(type|length|encoding|disposition)|etag|last-modified|transfer-encoding|vary|link|location|set-cookie|cache-control|retry-after|x-nextjs-.*|x-action-.*)$/;
const PROBES = new Set(["/api/health", "/api/ready"]);
// Build assets: a line each would drown the requests that matter (a CDN usually serves them).
const ASSETS = /^\/(_next\/static\/|_next\/image$|favicon\.ico$|icon\.svg$)/;

type GuardState = { installed: boolean; inFlight: number };

// On globalThis: one per process, whichever bundle asks.
const state: GuardState = ((globalThis as { __gatehouseRequestGuard?: GuardState }).__gatehouseRequestGuard ??= {
  installed: false,
  inFlight: 0,
});

export function requestsInFlight(): number {
  return state.inFlight;
}

type WriteHead = ServerResponse["writeHead"];
type Write = (this: ServerResponse, ...args: unknown[]) => boolean;
type End = (this: ServerResponse, ...args: unknown[]) => ServerResponse;

function guard(request: IncomingMessage, response: ServerResponse): void {
  const requestId = newRequestId();
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const started = performance.now();
  const path = (request.url ?? "/").split("?")[0]!;
  state.inFlight += 1;

  const writeHead = response.writeHead as WriteHead;
  const write = response.write as unknown as Write;
  const end = response.end as unknown as End;
  let replacement: FailureResponse | null = null;

  const decide = (status: number): FailureResponse | null => {
    // 500 is what Next sends for an error it caught; a 503 the app chose (readiness) stays.
    if (replacement === null && status === 500) {
      replacement = failureResponse({ kind: failureKindFor(requestId), requestId, wantsHtml: wantsHtml(request) });
    }
    return replacement;
  };
  const beforeHead = () => {
    if (!response.headersSent && isShuttingDown()) response.setHeader("Connection", "close");
  };
  const sendReplacementHead = (failure: FailureResponse) => {
    // The security headers stay; whatever described Next's own body (or set state) goes.
    for (const name of response.getHeaderNames()) if (REPLACED_HEADERS.test(name)) response.removeHeader(name);
    for (const [name, value] of Object.entries(failure.headers)) response.setHeader(name, value);
    response.setHeader("Content-Length", request.method === "HEAD" ? 0 : Buffer.byteLength(failure.body));
    writeHead.call(response, failure.status);
  };

  response.writeHead = function guardedWriteHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    beforeHead();
    const failure = decide(status);
    if (failure) {
      if (!this.headersSent) sendReplacementHead(failure);
      return this;
    }
    return (writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as WriteHead;

  response.write = function guardedWrite(this: ServerResponse, ...args: unknown[]) {
    beforeHead();
    const failure = this.headersSent ? replacement : decide(this.statusCode);
    if (!failure) return write.apply(this, args);
    if (!this.headersSent) sendReplacementHead(failure);
    const callback = args.findLast((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  response.end = function guardedEnd(this: ServerResponse, ...args: unknown[]) {
    beforeHead();
    const failure = this.headersSent ? replacement : decide(this.statusCode);
    if (!failure) return end.apply(this, args);
    if (!this.headersSent) sendReplacementHead(failure);
    const callback = args.findLast((arg) => typeof arg === "function");
    return end.call(this, request.method === "HEAD" ? undefined : failure.body, ...(callback ? [callback] : []));
  } as ServerResponse["end"];

  response.once("close", () => {
    state.inFlight -= 1;
    forgetRequest(requestId);
    const status = response.statusCode;
    if ((PROBES.has(path) || ASSETS.test(path)) && status < 500) return;
    log(status >= 500 ? "error" : "info", "request", {
      requestId,
      method: request.method,
      route: path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      // The client went away before the response was complete.
      aborted: response.writableFinished ? undefined : true,
    });
  });
}

export function installRequestGuard(): void {
  if (state.installed) return;
  state.installed = true;
  const emit = Server.prototype.emit;
  // Patches the prototype: covers the server Next created before instrumentation ran.
  Server.prototype.emit = function guardRequest(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") guard(args[0] as IncomingMessage, args[1] as ServerResponse);
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof Server.prototype.emit;
}
