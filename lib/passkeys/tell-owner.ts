import "server-only";
import { db } from "@/lib/db/client";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { passkeyChangedMessage, type PasskeyChange } from "@/lib/mail/templates";

/** The owner hears about every passkey added or removed, in case it was not them. */
export async function tellOwnerAboutPasskey(userId: string, change: PasskeyChange, passkeyName: string): Promise<void> {
  const owner = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (owner) deliverMail(passkeyChangedMessage({ to: owner.email, name: owner.name, change, passkeyName }));
}
