import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { limitByIp } from "@/lib/api/limit-by-ip";
import { json, problem, rateLimitedProblem } from "@/lib/api/problem";
import { readBody } from "@/lib/api/read-body";
import { requestContext } from "@/lib/http/request-context";
import { completeSecondFactor } from "@/lib/factors/complete-second-factor";
import { TOKEN_API_SIGN_IN_METHOD } from "@/lib/tokens/issue-tokens";
import { startTokenFamily } from "@/lib/tokens/start-token-family";
import { secondFactorRequestSchema } from "@/lib/validation/tokens";

/**
 * The second step of a token sign-in: the mfa_token POST /api/v1/auth/token answered with, and a
 * code from the authenticator app or a recovery code. The browser's rules: ±1 time step, no code
 * twice, wrong codes limited and counted toward the lockout, the mfa_token single-use.
 */
export const POST = apiHandler(async (request: Request) => {
  const context = requestContext(request.headers);
  const limited = await limitByIp("tokenApiPerIp", context.ip);
  if (limited) return limited;
  const body = await readBody(request, secondFactorRequestSchema);
  if (!body.ok) return body.response;
  const result = await completeSecondFactor({ token: body.data.mfa_token, code: body.data.code, context, method: TOKEN_API_SIGN_IN_METHOD });
  if (result.ok) {
    const { tokens } = await startTokenFamily({ userId: result.userId, context });
    return json(result.recoveryCodesLeft === null ? tokens : { ...tokens, recovery_codes_left: result.recoveryCodesLeft });
  }
  if (result.reason === "rate-limited") return rateLimitedProblem("secondFactorPerAccount", result.retryAfterSeconds);
  if (result.reason === "wrong-code") return problem(400, { detail: "That code is not right. Try the newest code from the app.", extra: { error: "invalid_grant" } });
  return problem(400, { detail: "This sign-in has expired or was already used. Sign in again.", extra: { error: "invalid_grant" } });
});

export const OPTIONS = preflight(["POST"]);
