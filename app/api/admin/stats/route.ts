import { headers } from "next/headers";
import { authorizeApi } from "@/lib/auth/dal";
import { countUsers } from "@/lib/admin/count-users";
import { requestContext } from "@/lib/http/request-context";
import { rateLimitedResponse } from "@/lib/rate-limit/rate-limited-response";

export async function GET() {
  const limited = await rateLimitedResponse([{ policy: "apiPerIp", key: requestContext(await headers()).ip }]);
  if (limited) return limited;
  const access = await authorizeApi("admin:access");
  if (!access.ok) return access.response;
  return Response.json(await countUsers(), { headers: { "Cache-Control": "no-store" } });
}
