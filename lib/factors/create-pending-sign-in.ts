import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";

/** Long enough to open an app and type a code; short enough that a forgotten tab is harmless. */
export const PENDING_SIGN_IN_SECONDS = 5 * 60;

export type CreatePendingSignInOptions = { userId: string; method: string; remember: boolean; now?: Date };

export function pendingTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The first factor passed and the account has a second: no session yet, only this. The token
 * (256 random bits) goes to the browser; the row keeps its digest. Older pending sign-ins of the
 * same account stay valid until they expire (two tabs), each on its own failure count.
 */
export async function createPendingSignIn({ userId, method, remember, now = clockNow() }: CreatePendingSignInOptions): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  await db.pendingSignIn.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await db.pendingSignIn.create({
    data: { tokenHash: pendingTokenHash(token), userId, method, remember, expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_SECONDS * 1000), createdAt: now },
  });
  return { token };
}
