import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { checkRateLimits, UNKNOWN_CLIENT, type CheckRateLimitsOptions } from "@/lib/rate-limit/check-rate-limits";
import type { RateLimitPolicy } from "@/lib/rate-limit/policies";
import { recordSignInFailure } from "@/lib/lockout/record-sign-in-failure";
import { resetSignInFailures } from "@/lib/lockout/reset-sign-in-failures";
import { knownDeviceId } from "@/lib/devices/device-token";
import { verifyCredentials } from "./verify-credentials";

export type SignInWithPasswordOptions = {
  email: string;
  password: string;
  context: RequestContext;
  now?: Date;
  /** Lockout threshold; defaults to LOCKOUT_THRESHOLD. */
  lockoutThreshold?: number;
  rateLimits?: CheckRateLimitsOptions;
  /** The browser's device cookie (lib/devices/device-token.ts), if it sent one. */
  deviceCookie?: string | null;
  /** Signs device cookies; defaults to AUTH_SECRET. */
  deviceSecret?: string;
};

export type SignInWithPasswordResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number; policy: RateLimitPolicy }
  | { ok: false; reason: "invalid" };

/**
 * The password half of a sign-in: rate limits (counted before any password is checked), the
 * credentials check, the lockout, the audit log.
 *
 * A lockout that cannot be aimed at the owner (OWASP's device cookies): a browser that signed in
 * to this account before (a device cookie signed for it) is a known client. Unknown clients share
 * the account's lockout and the per-IP, per-account and per-account + IP limits; a known client is
 * throttled on its own (signInPerKnownDevice) and ignores the lock, so an attacker's failures lock
 * out unknown clients only. A known client's failures and successes leave the lock alone.
 * Limits for unknown clients are keyed on the email as typed, so a limit tells nothing about
 * whether it has an account; a locked account answers "invalid" like a wrong password.
 */
export async function signInWithPassword({
  email,
  password,
  context,
  now = new Date(),
  lockoutThreshold,
  rateLimits,
  deviceCookie = null,
  deviceSecret = process.env.AUTH_SECRET ?? "",
}: SignInWithPasswordOptions): Promise<SignInWithPasswordResult> {
  const device = await knownDevice(email, deviceCookie, deviceSecret);
  const limited = await checkRateLimits(
    device
      ? [{ policy: "signInPerKnownDevice", key: device }]
      : [
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

  const check = await verifyCredentials(email, password, now, { ignoreLock: device !== null });
  if (check.ok) {
    if (!device) await resetSignInFailures(check.userId);
    return { ok: true, userId: check.userId };
  }
  if (check.reason === "wrong-password" && check.userId && !device) {
    await recordSignInFailure({ userId: check.userId, context, now, threshold: lockoutThreshold });
  }
  await recordAudit(db, {
    type: AUDIT_EVENTS.signInFailed,
    subjectId: check.userId,
    ...context,
    details: { reason: check.reason, method: "credentials", client: device ? "known" : "unknown" },
  });
  return { ok: false, reason: "invalid" };
}

/** The device id when the cookie holds a token signed for this email's account; null otherwise. */
async function knownDevice(email: string, cookie: string | null, secret: string): Promise<string | null> {
  if (!cookie || !secret) return null;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return user ? knownDeviceId(cookie, user.id, secret) : null;
}
