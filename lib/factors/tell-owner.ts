import "server-only";
import { db } from "@/lib/db/client";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { secondFactorChangedMessage, type SecondFactorChange } from "@/lib/mail/templates";

/** The owner hears about every change to their second factor, in case it was not them. */
export async function tellOwnerAboutSecondFactor(userId: string, change: SecondFactorChange): Promise<void> {
  const owner = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (owner) deliverMail(secondFactorChangedMessage({ to: owner.email, name: owner.name, change }));
}
