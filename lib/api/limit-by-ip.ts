import { checkRateLimits } from "@/lib/rate-limit/check-rate-limits";
import type { RateLimitPolicy } from "@/lib/rate-limit/policies";
import { rateLimitedProblem } from "./problem";

/** The 429 to return when the client's IP is past `policy`, else null. */
export async function limitByIp(policy: RateLimitPolicy, ip: string | null): Promise<Response | null> {
  const limited = await checkRateLimits([{ policy, key: ip }]);
  return limited.ok ? null : rateLimitedProblem(limited.policy, limited.retryAfterSeconds);
}
