import "server-only";
import { db } from "@/lib/db/client";

export type RenamePasskeyOptions = { userId: string; passkeyId: string; name: string };

/** Only the owner's own passkey is renamed; someone else's id changes nothing. */
export async function renamePasskey({ userId, passkeyId, name }: RenamePasskeyOptions): Promise<{ renamed: boolean }> {
  const { count } = await db.passkey.updateMany({ where: { id: passkeyId, userId }, data: { name } });
  return { renamed: count === 1 };
}
