// Liveness for a load balancer or orchestrator: the process is up and serving HTTP. Touches
// nothing else (a database outage must not get healthy instances restarted). Outside the
// middleware (see middleware.ts's matcher) and the rate limits.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
