// Readiness for a load balancer: can this instance serve? The database must answer; the shared
// rate-limit backend (Upstash) should. Reveals nothing but the verdict: the details go to the log.
import { log } from "@/lib/observability/log";

export type ReadinessStatus = "ready" | "degraded" | "unavailable";

export type CheckReadinessOptions = {
  /** Resolves when the database answers a trivial query. */
  pingDatabase: () => Promise<unknown>;
  /** Resolves true when the shared limiter backend answers; absent = in-process limiter only. */
  pingLimiter?: () => Promise<boolean>;
  /** The instance is shutting down: take it out of rotation. */
  shuttingDown?: boolean;
  timeoutMs?: number;
};

export type Readiness = { status: ReadinessStatus; httpStatus: 200 | 503 };

async function within<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * 503 "unavailable" when shutting down or the database does not answer in time. When only the
 * limiter backend is down the instance still serves correctly (limits fall back to the in-process
 * limiter, never open), so it stays in rotation as 200 "degraded": failing readiness there would
 * take every instance out of the load balancer at once over a dependency they can do without.
 */
export async function checkReadiness({
  pingDatabase,
  pingLimiter,
  shuttingDown = false,
  timeoutMs = 2_000,
}: CheckReadinessOptions): Promise<Readiness> {
  if (shuttingDown) return { status: "unavailable", httpStatus: 503 };
  const [database, limiter] = await Promise.allSettled([
    within(pingDatabase(), timeoutMs),
    pingLimiter ? within(pingLimiter(), timeoutMs) : Promise.resolve(true),
  ]);
  if (database.status === "rejected") {
    log("warn", "readiness: database unreachable", { reason: (database.reason as Error).message?.split("\n").at(-1) });
    return { status: "unavailable", httpStatus: 503 };
  }
  if (limiter.status === "rejected" || limiter.value !== true) {
    log("warn", "readiness: rate-limit backend unreachable, limits are per instance until it returns");
    return { status: "degraded", httpStatus: 200 };
  }
  return { status: "ready", httpStatus: 200 };
}
