import "server-only";
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db/client";
import { rememberChallenge, PASSKEY_CHALLENGE_SECONDS } from "./challenges";
import { relyingParty } from "./relying-party";
import { passkeyTransports, userHandleFor } from "./encoding";

/** Passkeys one account may hold: plenty for every device a person owns. */
export const MAX_PASSKEYS = 20;

export type StartRegistrationOptions = { user: { id: string; email: string; name: string | null }; browser: string; now: Date };

export type StartRegistrationResult =
  | { status: "ready"; options: PublicKeyCredentialCreationOptionsJSON }
  | { status: "unavailable" | "too-many" };

/**
 * What navigator.credentials.create needs to make a passkey for this account: a discoverable
 * credential (so it can sign in without an email) with user verification, no attestation, and
 * the account's passkeys excluded (an authenticator never gets a second one for the same account).
 */
export async function startRegistration({ user, browser, now }: StartRegistrationOptions): Promise<StartRegistrationResult> {
  const rp = relyingParty();
  if (!rp) return { status: "unavailable" };
  const existing = await db.passkey.findMany({ where: { userId: user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) return { status: "too-many" };
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userID: userHandleFor(user.id),
    userDisplayName: user.name ?? user.email,
    timeout: PASSKEY_CHALLENGE_SECONDS * 1000,
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: passkeyTransports(passkey.transports) })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await rememberChallenge({ challenge: options.challenge, purpose: "register", userId: user.id, browser, now });
  return { status: "ready", options };
}
