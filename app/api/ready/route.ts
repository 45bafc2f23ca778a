// Readiness for a load balancer: 200 when this instance can serve (lib/health/check-readiness.ts),
// 503 while the database is unreachable or the instance is shutting down. Outside the middleware
// (see middleware.ts's matcher) and the rate limits.
import { instanceReadiness } from "@/lib/health/instance-readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const { status, httpStatus } = await instanceReadiness();
  return Response.json({ status }, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
