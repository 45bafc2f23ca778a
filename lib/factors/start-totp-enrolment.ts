import "server-only";
import { db } from "@/lib/db/client";
import { newTotpSecret, totpUri } from "./totp";
import { openSecret, sealSecret } from "./secret-box";

export type StartTotpEnrolmentOptions = { userId: string; email: string };

export type StartTotpEnrolmentResult = { status: "started"; secret: string; uri: string } | { status: "already-enrolled" };

/**
 * The secret an authenticator app is about to learn, kept unconfirmed until the owner types a
 * code from it. Reloading the page shows the same secret; a confirmed factor is never replaced here.
 */
export async function startTotpEnrolment({ userId, email }: StartTotpEnrolmentOptions): Promise<StartTotpEnrolmentResult> {
  const existing = await db.totpFactor.findUnique({ where: { userId }, select: { secret: true, confirmedAt: true } });
  if (existing?.confirmedAt) return { status: "already-enrolled" };
  let secret: string | null = null;
  if (existing) {
    try {
      secret = openSecret(existing.secret);
    } catch {
      secret = null; // sealed with a key since replaced: start afresh
    }
  }
  if (!secret) {
    secret = newTotpSecret();
    await db.totpFactor.upsert({
      where: { userId },
      create: { userId, secret: sealSecret(secret) },
      update: { secret: sealSecret(secret), confirmedAt: null, lastUsedStep: null },
    });
  }
  return { status: "started", secret, uri: totpUri(secret, email) };
}
