import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { now as clockNow } from "@/lib/clock";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { lifetimeFor } from "./policy";

export type StartSessionOptions = {
  userId: string;
  remember: boolean;
  context: RequestContext;
  method: "credentials" | string;
};

export type StartedSession = {
  id: string;
  expires: Date;
  roles: string[];
  sessionVersion: number;
};

/**
 * Registers a new session for a sign-in: the registry row, lastLoginAt and the audit event,
 * in one transaction. Every sign-in gets a new row (and so a new token): no session fixation.
 */
export async function startSession({ userId, remember, context, method }: StartSessionOptions): Promise<StartedSession> {
  const now = new Date();
  const lifetime = lifetimeFor(remember, settings().session);
  const expires = new Date(now.getTime() + lifetime.maxAgeSeconds * 1000);

  return db.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: {
        sessionToken: randomBytes(32).toString("base64url"),
        userId,
        expires,
        idleSeconds: lifetime.idleSeconds,
        remember,
        createdAt: now,
        lastSeenAt: now,
        // A sign-in is a fresh proof of identity, judged by the clock step-up reads (lib/clock.ts).
        authenticatedAt: clockNow(),
        ip: context.ip,
        userAgent: context.userAgent,
      },
      select: { id: true },
    });
    const user = await tx.user.update({
      where: { id: userId },
      data: { lastLoginAt: now },
      select: { sessionVersion: true, roles: { select: { roleName: true } } },
    });
    await recordAudit(tx, {
      type: AUDIT_EVENTS.signInSucceeded,
      actorId: userId,
      subjectId: userId,
      ...context,
      details: { method, remember, sessionId: session.id },
    });
    return {
      id: session.id,
      expires,
      roles: user.roles.map((role) => role.roleName),
      sessionVersion: user.sessionVersion,
    };
  });
}
