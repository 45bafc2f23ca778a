// Next.js sets X-Forwarded-For to the socket address only when the request has none, so behind
// a bare `next start` a client can write that header itself. This stamps the real socket address
// on every incoming request, overwriting anything a client sent under the same name; the client
// IP (lib/http/request-context.ts) reads it when no proxy is trusted.
// Node only: installed from instrumentation.ts at server start.
import { Server, type IncomingMessage } from "node:http";

import { PEER_ADDRESS_HEADER } from "./peer-address-header";

let installed = false;

export function installPeerAddressStamp(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  // Patches the prototype: covers the server Next created before instrumentation ran.
  Server.prototype.emit = function stampPeerAddress(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof Server.prototype.emit;
}
