import { db, type Tx } from "@/lib/db/client";
import { judgeToken, type TokenVerdict } from "./policy";
import type { EmailTokenPurpose } from "./purposes";
import { hashToken, isWellFormedToken } from "./token";

export type FoundEmailToken = { id: string; userId: string; purpose: EmailTokenPurpose; email: string; expiresAt: Date };

export type EmailTokenLookup = { verdict: "valid"; token: FoundEmailToken } | { verdict: Exclude<TokenVerdict, "valid">; userId?: string };

/** Reads the link's token without using it up (the reset form is shown only for a valid one). */
export async function findEmailToken(
  raw: unknown,
  purposes: readonly EmailTokenPurpose[],
  now: Date,
  client: Tx = db,
): Promise<EmailTokenLookup> {
  if (!isWellFormedToken(raw)) return { verdict: "invalid" };
  const row = await client.emailToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { id: true, userId: true, purpose: true, email: true, expiresAt: true, usedAt: true, supersededAt: true },
  });
  const verdict = judgeToken(row, purposes, now);
  if (verdict !== "valid" || !row) return { verdict: verdict === "valid" ? "invalid" : verdict, userId: row?.userId };
  const { id, userId, purpose, email, expiresAt } = row;
  return { verdict, token: { id, userId, purpose: purpose as EmailTokenPurpose, email, expiresAt } };
}

/**
 * Uses a link up, inside the transaction that does what the link was for. False when another
 * request used it first (or it expired or was replaced in between): the caller then rolls back.
 */
export async function consumeEmailToken(tx: Tx, tokenId: string, now: Date): Promise<boolean> {
  const { count } = await tx.emailToken.updateMany({
    where: { id: tokenId, usedAt: null, supersededAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
