import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";

/** How long a passkey prompt may stay open: a challenge older than this is refused. */
export const PASSKEY_CHALLENGE_SECONDS = 5 * 60;

/** What a challenge was issued for; an answer is accepted only for the same purpose. */
export type PasskeyPurpose = "register" | "sign-in" | "second-step" | "confirm";

export function browserHash(browser: string): string {
  return createHash("sha256").update(`gatehouse passkey browser\u0000${browser}`).digest("hex");
}

export type RememberChallengeOptions = { challenge: string; purpose: PasskeyPurpose; userId: string | null; browser: string; now: Date };

/** Keeps a challenge the browser holding `browser` (its challenge cookie) may answer once. */
export async function rememberChallenge({ challenge, purpose, userId, browser, now }: RememberChallengeOptions): Promise<void> {
  await db.passkeyChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.passkeyChallenge.create({
    data: { challenge, purpose, userId, browserHash: browserHash(browser), expiresAt: new Date(now.getTime() + PASSKEY_CHALLENGE_SECONDS * 1000), createdAt: now },
  });
}

export type ConsumeChallengeOptions = { challenge: string; purpose: PasskeyPurpose; userId: string | null; browser: string | null; now: Date };

/**
 * Uses up a challenge: true exactly once, for the browser it was issued to, for its purpose and
 * account, before it expires. Whoever deletes the row wins, so a replayed answer (or a copy
 * racing the original) is refused.
 */
export async function consumeChallenge({ challenge, purpose, userId, browser, now }: ConsumeChallengeOptions): Promise<boolean> {
  if (!browser || !challenge) return false;
  const { count } = await db.passkeyChallenge.deleteMany({
    where: { challenge, purpose, userId, browserHash: browserHash(browser), expiresAt: { gt: now } },
  });
  return count === 1;
}
