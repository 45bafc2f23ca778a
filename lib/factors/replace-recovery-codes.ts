import "server-only";
import type { Tx } from "@/lib/db/client";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";

/** Inside a transaction: voids every recovery code the user has and makes ten new ones, returned once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}
