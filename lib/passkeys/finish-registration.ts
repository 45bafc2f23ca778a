import "server-only";
import { verifyRegistrationResponse } from "@simplewebauthn/server";
import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { knownTransports, type Attestation } from "@/lib/validation/passkeys";
import { consumeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { challengeOf } from "./encoding";
import { MAX_PASSKEYS } from "./start-registration";
import { tellOwnerAboutPasskey } from "./tell-owner";

export type FinishRegistrationOptions = {
  userId: string;
  name: string;
  attestation: Attestation;
  browser: string | null;
  context: RequestContext;
  now: Date;
};

export type FinishRegistrationResult = { status: "added"; passkeyId: string } | { status: "expired" | "refused" | "too-many" };

/**
 * Keeps the passkey the browser just made, once its answer checks out: the challenge this account
 * was given (used up here), this server's origin and RP ID, user verification. Only the public key
 * is stored. The owner is told by email, in case it was not them.
 */
export async function finishRegistration({ userId, name, attestation, browser, context, now }: FinishRegistrationOptions): Promise<FinishRegistrationResult> {
  const rp = relyingParty();
  const challenge = challengeOf(attestation.response.clientDataJSON);
  if (!rp || !challenge || !(await consumeChallenge({ challenge, purpose: "register", userId, browser, now }))) return { status: "expired" };

  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: { ...attestation, response: { ...attestation.response, transports: knownTransports(attestation.response.transports) } },
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch {
    return { status: "refused" };
  }
  if (!verification.verified) return { status: "refused" };
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;

  const added = await db.$transaction(async (tx) => {
    if ((await tx.passkey.count({ where: { userId } })) >= MAX_PASSKEYS) return "too-many" as const;
    if (await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } })) return "refused" as const;
    const passkey = await tx.passkey.create({
      data: {
        userId,
        name,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString("base64url"),
        counter: BigInt(credential.counter),
        transports: knownTransports(attestation.response.transports ?? credential.transports).join(","),
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      type: AUDIT_EVENTS.passkeyAdded,
      actorId: userId,
      subjectId: userId,
      ...context,
      details: { passkeyId: passkey.id, deviceType: credentialDeviceType, backedUp: credentialBackedUp },
    });
    return passkey.id;
  });
  if (added === "too-many" || added === "refused") return { status: added };
  await tellOwnerAboutPasskey(userId, "added", name);
  return { status: "added", passkeyId: added };
}
