import "server-only";
import { db } from "@/lib/db/client";

export type OutboxEntry = { id: string; to: string; subject: string; createdAt: Date };
export type OutboxEmail = OutboxEntry & { text: string; html: string };

/** The newest development emails first. */
export function listOutbox(limit = 50): Promise<OutboxEntry[]> {
  return db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

export function getOutboxEmail(id: string): Promise<OutboxEmail | null> {
  return db.outboxEmail.findUnique({ where: { id }, select: { id: true, to: true, subject: true, createdAt: true, text: true, html: true } });
}
