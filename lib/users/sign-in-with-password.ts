import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, UNKNOWN_CLIENT, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import type { RateLimitPolicy } from "@/lib/rate-limit/policies";
import { recordSignInFailure } from "@/lib/lockout/record-sign-in-failure";
import { resetSignInFailures } from "@/lib/lockout/reset-sign-in-failures";
import { verifyCredentials } from "./verify-credentials";

export type SignInWithPasswordOptions = {
  email: string;
  password: string;
  context: RequestContext;
  now?: Date;
  /** Lockout threshold; defaults to LOCKOUT_THRESHOLD. */
  lockoutThreshold?: number;
  rateLimits?: CheckRateLimitsOptions;
};

export type SignInWithPasswordResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number; policy: RateLimitPolicy }
  | { ok: false; reason: "invalid" };

/**
 * The password half of a sign-in: rate limits (per IP, per account, per account + IP, counted
 * before any password is checked), the credentials check, the lockout, the audit log.
 * Rate limits are keyed on the email as typed, so a limit tells nothing about whether it has an
 * account; a locked account answers "invalid" like a wrong password.
 */
export async function signInWithPassword({
  email,
  password,
  context,
  now = new Date(),
  lockoutThreshold,
  rateLimits,
}: SignInWithPasswordOptions): Promise<SignInWithPasswordResult> {
  const limited = await checkRateLimits(
    [
      { policy: "signInPerIp", key: context.ip },
      { policy: "signInPerAccount", key: email },
      { policy: "signInPerAccountIp", key: `${email}\u0000${context.ip ?? UNKNOWN_CLIENT}` },
    ],
    rateLimits,
  );
  // Not audited one by one: a flood of refused attempts must not become a flood of rows.
  if (!limited.ok) {
    return { ok: false, reason: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds, policy: limited.policy };
  }

  const check = await verifyCredentials(email, password, now);
  if (check.ok) {
    await resetSignInFailures(check.userId);
    return { ok: true, userId: check.userId };
  }
  if (check.reason === "wrong-password" && check.userId) {
    await recordSignInFailure({ userId: check.userId, context, now, threshold: lockoutThreshold });
  }
  await recordAudit(db, {
    type: AUDIT_EVENTS.signInFailed,
    subjectId: check.userId,
    ...context,
    details: { reason: check.reason, method: "credentials" },
  });
  return { ok: false, reason: "invalid" };
}
