import { headers } from "next/headers";
import { authorizeApi } from "@/lib/auth/dal";
import { requestContext } from "@/lib/http/request-context";
import { rateLimitedResponse } from "@/lib/rate-limit/rate-limited-response";

export async function GET() {
  const limited = await rateLimitedResponse([{ policy: "apiPerIp", key: requestContext(await headers()).ip }]);
  if (limited) return limited;
  const access = await authorizeApi("account:read");
  if (!access.ok) return access.response;
  const { id, email, name, roles } = access.session.user;
  return Response.json({ id, email, name, roles }, { headers: { "Cache-Control": "no-store" } });
}
