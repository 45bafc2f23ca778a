import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { limitByIp } from "@/lib/api/limit-by-ip";
import { json, problem, rateLimitedProblem } from "@/lib/api/problem";
import { readBody } from "@/lib/api/read-body";
import { requestContext } from "@/lib/http/request-context";
import { refreshTokens } from "@/lib/tokens/refresh-tokens";
import { refreshRequestSchema } from "@/lib/validation/tokens";

/** A refresh token → a new access token and the refresh token's successor (rotation). */
export const POST = apiHandler(async (request: Request) => {
  const context = requestContext(request.headers);
  const limited = await limitByIp("tokenApiPerIp", context.ip);
  if (limited) return limited;
  const body = await readBody(request, refreshRequestSchema);
  if (!body.ok) return body.response;
  const result = await refreshTokens({ refreshToken: body.data.refresh_token, context });
  if (result.ok) return json(result.tokens);
  if (result.reason === "rate-limited") return rateLimitedProblem(result.policy, result.retryAfterSeconds);
  // Unknown, reused, revoked, expired: one answer; the reuse case is in the audit log.
  return problem(400, { detail: "The refresh token is not valid. Sign in again.", extra: { error: "invalid_grant" } });
});

export const OPTIONS = preflight(["POST"]);
