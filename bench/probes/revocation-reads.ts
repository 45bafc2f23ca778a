// Probe: outside the middleware like open.ts, and makes the database reads a bearer check makes
// on every request (lib/tokens/check-access-token.ts lookUpRevocation), nothing else: the floor
// for GET /api/v1/me when revocation must hold on the next request on every instance.
import { lookUpRevocation } from "@/lib/tokens/check-access-token";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const { family } = await lookUpRevocation({ sid: url.searchParams.get("sid") ?? "", jti: url.searchParams.get("jti") ?? "" });
  return Response.json({ found: family !== null });
}
