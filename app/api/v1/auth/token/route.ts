import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { limitByIp } from "@/lib/api/limit-by-ip";
import { json, problem, rateLimitedProblem } from "@/lib/api/problem";
import { readBody } from "@/lib/api/read-body";
import { requestContext } from "@/lib/http/request-context";
import { issueTokens } from "@/lib/tokens/issue-tokens";
import { tokenRequestSchema } from "@/lib/validation/tokens";

/** Email + password → access and refresh token. The browser sign-in's password path, answers and limits. */
export const POST = apiHandler(async (request: Request) => {
  const context = requestContext(request.headers);
  const limited = await limitByIp("tokenApiPerIp", context.ip);
  if (limited) return limited;
  const body = await readBody(request, tokenRequestSchema);
  if (!body.ok) return body.response;
  const result = await issueTokens({ ...body.data, context });
  if (result.ok) return json(result.tokens);
  if (result.reason === "rate-limited") return rateLimitedProblem(result.policy, result.retryAfterSeconds);
  if (result.reason === "second-factor-required") {
    return problem(403, {
      detail: "This account has two-step verification: send a code from its authenticator app, or a recovery code, with mfa_token to /api/v1/auth/second-factor within 5 minutes.",
      extra: { error: "mfa_required", mfa_token: result.mfaToken },
    });
  }
  return problem(400, { detail: "Incorrect email or password.", extra: { error: "invalid_grant" } });
});

export const OPTIONS = preflight(["POST"]);
