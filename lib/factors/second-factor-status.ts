import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";

export type SecondFactorStatus = {
  /** Two-step verification is on: a password or provider sign-in asks for a second step. */
  on: boolean;
  /** A confirmed authenticator app. */
  totp: boolean;
  /** Passkeys the account holds: each signs in alone, and serves as the second step when it is on. */
  passkeys: number;
  /** Turned on with passkeys, without an authenticator app. */
  passkeyTwoStep: boolean;
  recoveryCodesLeft: number;
};

type Factors = Pick<SecondFactorStatus, "totp" | "passkeys" | "passkeyTwoStep">;

/**
 * THE decision "does this account have a second factor" (sign-in's second step, the role policy,
 * Settings): an authenticator app, or passkeys the owner turned on as the second step. A passkey
 * that was only added signs in by itself and never becomes an extra step after a password.
 */
export function isSecondFactorOn({ totp, passkeys, passkeyTwoStep }: Factors): boolean {
  return totp || (passkeyTwoStep && passkeys > 0);
}

/** The same decision as a filter on users, for queries over many accounts (the admin console). */
export const HAS_SECOND_FACTOR: Prisma.UserWhereInput = {
  OR: [{ totpFactor: { is: { confirmedAt: { not: null } } } }, { passkeySecondFactor: { isNot: null }, passkeys: { some: {} } }],
};

async function factorsOf(client: Tx | typeof db, userId: string): Promise<Factors> {
  const [totp, passkeys, passkeyTwoStep] = await Promise.all([
    client.totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    client.passkey.count({ where: { userId } }),
    client.passkeySecondFactor.count({ where: { userId } }),
  ]);
  return { totp: totp > 0, passkeys, passkeyTwoStep: passkeyTwoStep > 0 };
}

/** What guards this account's sign-ins after the first factor. */
export async function secondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [factors, recoveryCodesLeft] = await Promise.all([factorsOf(db, userId), db.recoveryCode.count({ where: { userId, usedAt: null } })]);
  return { on: isSecondFactorOn(factors), ...factors, recoveryCodesLeft };
}

/** Whether a sign-in of this account needs its second step (and whether the role policy is met). */
export async function hasSecondFactor(userId: string, client: Tx | typeof db = db): Promise<boolean> {
  return isSecondFactorOn(await factorsOf(client, userId));
}
