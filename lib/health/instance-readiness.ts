// This process's readiness (GET /api/ready): its database, its rate-limit backend, whether it
// is shutting down. One check per second at most, however often the load balancer asks.
import "server-only";
import { settings } from "@/lib/config/settings";
import { db } from "@/lib/db/client";
import { rateLimiter } from "@/lib/rate-limit/backend";
import { isShuttingDown } from "@/lib/server/shutdown-state";
import { checkReadiness, type Readiness } from "./check-readiness";

const REUSE_MS = 1_000;
let last: { at: number; verdict: Promise<Readiness> } | undefined;

export function instanceReadiness(now: number = Date.now()): Promise<Readiness> {
  if (isShuttingDown()) return Promise.resolve({ status: "unavailable", httpStatus: 503 });
  if (!last || now - last.at >= REUSE_MS) {
    last = {
      at: now,
      verdict: checkReadiness({
        pingDatabase: () => db.$queryRaw`SELECT 1`,
        pingLimiter: settings().rateLimit.upstash ? () => rateLimiter().reachable() : undefined,
      }),
    };
  }
  return last.verdict;
}
