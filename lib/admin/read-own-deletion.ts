import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { idSchema } from "@/lib/validation/sessions";

export type ReadOwnDeletionOptions = { eventId: unknown; actorId: string };

export type OwnDeletion = { email: string; ended: { sessions: number; tokenFamilies: number } };

const detailsSchema = z.object({
  email: z.string(),
  endedSessions: z.number().int().nonnegative(),
  endedTokenFamilies: z.number().int().nonnegative().default(0),
});

/**
 * What an admin's deletion did, read back from its `user.deleted` audit event: the page after a
 * deletion carries the event's id, not the email, so the address stays out of URLs (logs,
 * history). Only the admin who deleted the account gets an answer: another event's id, another
 * admin's deletion or a made-up id all read as nothing.
 */
export async function readOwnDeletion({ eventId, actorId }: ReadOwnDeletionOptions): Promise<OwnDeletion | null> {
  const id = idSchema.safeParse(eventId);
  if (!id.success) return null;
  const event = await db.auditEvent.findFirst({
    where: { id: id.data, type: AUDIT_EVENTS.userDeleted, actorId },
    select: { details: true },
  });
  if (!event?.details) return null;
  let details: unknown;
  try {
    details = JSON.parse(event.details);
  } catch {
    return null;
  }
  const parsed = detailsSchema.safeParse(details);
  if (!parsed.success) return null;
  return { email: parsed.data.email, ended: { sessions: parsed.data.endedSessions, tokenFamilies: parsed.data.endedTokenFamilies } };
}
