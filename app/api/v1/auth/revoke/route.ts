import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { limitByIp } from "@/lib/api/limit-by-ip";
import { json } from "@/lib/api/problem";
import { readBody } from "@/lib/api/read-body";
import { requestContext } from "@/lib/http/request-context";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { revokeRequestSchema } from "@/lib/validation/tokens";

/** RFC 7009: 200 whether or not the token was known, so the answer tells nothing. */
export const POST = apiHandler(async (request: Request) => {
  const context = requestContext(request.headers);
  const limited = await limitByIp("tokenApiPerIp", context.ip);
  if (limited) return limited;
  const body = await readBody(request, revokeRequestSchema);
  if (!body.ok) return body.response;
  await revokeToken({ token: body.data.token, context });
  return json({});
});

export const OPTIONS = preflight(["POST"]);
