import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Db } from "@/lib/db/create-client";
import { Prisma } from "@/lib/db/generated/sqlite/client";

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

/**
 * isSecondFactorOn as SQL on a user id, for queries over many accounts (the admin users filter in
 * lib/admin/search-users.ts). Same SQL on SQLite and PostgreSQL; lib/passkeys/passkeys.cases.ts
 * checks on both that it agrees with hasSecondFactor.
 */
export function hasSecondFactorSql(userId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "TotpFactor" f WHERE f."userId" = ${userId} AND f."confirmedAt" IS NOT NULL)
    OR (EXISTS (SELECT 1 FROM "PasskeySecondFactor" s WHERE s."userId" = ${userId}) AND EXISTS (SELECT 1 FROM "Passkey" p WHERE p."userId" = ${userId})))`;
}

export type SecondFactorKind = "authenticator app" | "passkeys";

/** Each user's second factors (none: absent from the map), for a page of the admin users table. */
export async function secondFactorKinds(client: Db, userIds: string[]): Promise<Map<string, SecondFactorKind[]>> {
  const [apps, passkeyTwoStep] = await Promise.all([
    client.totpFactor.findMany({ where: { userId: { in: userIds }, confirmedAt: { not: null } }, select: { userId: true } }),
    client.passkeySecondFactor.findMany({ where: { userId: { in: userIds }, user: { passkeys: { some: {} } } }, select: { userId: true } }),
  ]);
  const kinds = new Map<string, SecondFactorKind[]>();
  for (const { userId } of apps) kinds.set(userId, ["authenticator app"]);
  for (const { userId } of passkeyTwoStep) kinds.set(userId, [...(kinds.get(userId) ?? []), "passkeys"]);
  return kinds;
}
