// Tells a database that cannot be reached (down, restarting, refusing connections, out of
// connection slots) apart from every other error, so requests during an outage get a clear 503
// instead of a 500, and readiness reports it. Prisma wraps the driver's error in layers
// (PrismaClientKnownRequestError → meta.driverAdapterError → cause), so every layer is looked at.

// Prisma: can't reach server, server timeout, connection closed, pool timeout, too many connections.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
// @prisma/driver-adapter-utils error kinds.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// SQLSTATE: connection exceptions (08…), operator intervention (57P01 admin shutdown, 57P02 crash
// shutdown, 57P03 cannot connect now), too many connections (53300).
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const MESSAGES =
  /Can't reach database server|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|timeout exceeded when trying to connect/i;

type Layer = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== "object" || error === null) return false;
  const layer = error as Layer;
  if (typeof layer.code === "string" && (PRISMA_CODES.has(layer.code) || SOCKET_CODES.has(layer.code) || SQLSTATE.test(layer.code))) {
    return true;
  }
  if (typeof layer.kind === "string" && ADAPTER_KINDS.has(layer.kind)) return true;
  if (typeof layer.message === "string" && MESSAGES.test(layer.message)) return true;
  const meta = layer.meta as { driverAdapterError?: unknown } | undefined;
  return [layer.cause, layer.driverAdapterError, meta?.driverAdapterError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
