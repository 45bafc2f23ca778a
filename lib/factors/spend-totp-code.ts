import "server-only";
import { db } from "@/lib/db/client";
import { acceptedTotpStep } from "./totp";
import { openSecret } from "./secret-box";

/**
 * Accepts a code from the user's confirmed authenticator app at most once. Only a step later than
 * the last accepted one moves it, so a replayed or racing copy of the same code loses.
 */
export async function spendTotpCode(userId: string, code: string, now: Date): Promise<boolean> {
  const factor = await db.totpFactor.findUnique({ where: { userId } });
  if (!factor?.confirmedAt) return false;
  const step = acceptedTotpStep(openSecret(factor.secret), code, now, factor.lastUsedStep);
  if (step === null) return false;
  const { count } = await db.totpFactor.updateMany({
    where: { id: factor.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1;
}
