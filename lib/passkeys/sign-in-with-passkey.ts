import "server-only";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import type { Assertion } from "@/lib/validation/passkeys";
import { verifyAssertion, type VerifyAssertionFailure } from "./verify-assertion";

export type SignInWithPasskeyOptions = { assertion: Assertion; browser: string | null; context: RequestContext; now: Date };

export type SignInWithPasskeyResult = { ok: true; userId: string } | { ok: false; reason: VerifyAssertionFailure | "inactive" };

/**
 * A complete sign-in with a passkey alone (user verification required: something the person has,
 * unlocked by something they know or are), so no second step follows, whatever the account's
 * factors. A deactivated account is refused like a password sign-in. The lockout, which guards
 * passwords against guessing, neither stops nor resets here: a signature cannot be guessed.
 * Every refusal is audited; people see one message.
 */
export async function signInWithPasskey({ assertion, browser, context, now }: SignInWithPasskeyOptions): Promise<SignInWithPasskeyResult> {
  const verified = await verifyAssertion({ assertion, purpose: "sign-in", userId: null, browser, context, now });
  let refusal: { reason: VerifyAssertionFailure | "inactive"; userId?: string };
  if (verified.ok) {
    const user = await db.user.findUnique({ where: { id: verified.userId }, select: { isActive: true } });
    if (user?.isActive) return { ok: true, userId: verified.userId };
    refusal = { reason: "inactive", userId: verified.userId };
  } else {
    refusal = verified;
  }
  await recordAudit(db, {
    type: AUDIT_EVENTS.signInFailed,
    subjectId: refusal.userId ?? null,
    ...context,
    details: { reason: refusal.reason, method: "passkey" },
  });
  return { ok: false, reason: refusal.reason };
}
