// Readiness for a load balancer: 200 when this instance can serve (lib/health/check-readiness.ts),
// 503 while the database is unreachable or the instance is shutting down. Outside the middleware
// and the rate limits; one check per second at most, however often it is asked.
import { settings } from "@/lib/config/settings";
import { db } from "@/lib/db/client";
import { checkReadiness, type Readiness } from "@/lib/health/check-readiness";
import { rateLimiter } from "@/lib/rate-limit/backend";
import { isShuttingDown } from "@/lib/server/shutdown-state";

export const dynamic = "force-dynamic";

const REUSE_MS = 1_000;
let last: { at: number; verdict: Promise<Readiness> } | undefined;

function readiness(): Promise<Readiness> {
  if (isShuttingDown()) return Promise.resolve({ status: "unavailable", httpStatus: 503 });
  const now = Date.now();
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

export async function GET() {
  const { status, httpStatus } = await readiness();
  return Response.json({ status }, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
