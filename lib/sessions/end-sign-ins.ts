import type { Tx } from "@/lib/db/client";
import { revokeEmailTokens } from "@/lib/email-tokens/revoke-email-tokens";
import type { RequestContext } from "@/lib/http/request-context";
import { revokeTokenFamilies } from "@/lib/tokens/revoke-token-families";

/** Why a user's sign-ins end; the audit log records it with whatever else ends. */
export type EndSignInsReason = "signed_out_everywhere" | "deactivated" | "password_reset" | "password_changed" | "sessions_revoked" | "account_deleted";

export type EndSignInsOptions = {
  /** Whose sign-ins end. */
  userId: string;
  /** Who asked: the user, an admin, or null for the system. */
  actorId: string | null;
  reason: EndSignInsReason;
  /** Also end every open emailed link (a pending reset or email change someone else started). */
  cancelEmailLinks: boolean;
  /** `now()` from lib/clock: emailed links expire by the clock tests can move. */
  at: Date;
  context: RequestContext;
} & (
  | {
      /** The session that stays signed in: the one asking ("end all others", a password change). */
      keepSessionId: string;
      /** A new session version would end the kept session too. */
      bumpSessionVersion: false;
    }
  | {
      keepSessionId: null;
      /** Move the user's session version on, so even a token whose registry row was missed is stale. */
      bumpSessionVersion: boolean;
    }
);

export type EndSignInsResult = {
  /** Registry rows that were still live and are now revoked. */
  sessions: number;
  /** Emailed links that were still open and are now superseded. */
  emailLinks: number;
  /** Token families (token API sign-ins) that were still live and are now revoked. */
  tokenFamilies: number;
};

/**
 * Ends everything a user is signed in with, inside the caller's transaction: the one place
 * where "take the account back" is written (sign out everywhere, deactivation, password reset
 * and change, ending other sessions). Anything new a user can be signed in with ends here too.
 * The caller records its own audit event; the emailed links record theirs.
 */
export async function endSignIns(tx: Tx, options: EndSignInsOptions): Promise<EndSignInsResult> {
  const { userId, actorId, reason, keepSessionId, bumpSessionVersion, cancelEmailLinks, at, context } = options;
  if (bumpSessionVersion) {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
  }
  const { count: sessions } = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId !== null ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: at },
  });
  const emailLinks = cancelEmailLinks ? await revokeEmailTokens(tx, { userId, actorId, reason, at, context }) : 0;
  // Every token family ends, whichever browser session stays: a kept session is never a token sign-in.
  const tokenFamilies = await revokeTokenFamilies(tx, { userId, reason, at });
  return { sessions, emailLinks, tokenFamilies };
}
