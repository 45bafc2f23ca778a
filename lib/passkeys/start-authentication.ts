import "server-only";
import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db/client";
import { PASSKEY_CHALLENGE_SECONDS, rememberChallenge, type PasskeyPurpose } from "./challenges";
import { relyingParty } from "./relying-party";
import { passkeyTransports } from "./encoding";

export type StartAuthenticationOptions = {
  purpose: Exclude<PasskeyPurpose, "register">;
  /** Known after a password (second step) or in a session (step-up); null on the sign-in page. */
  userId: string | null;
  browser: string;
  now: Date;
};

export type StartAuthenticationResult = { status: "ready"; options: PublicKeyCredentialRequestOptionsJSON } | { status: "unavailable" | "no-passkey" };

/**
 * What navigator.credentials.get needs. Signing in, nobody is known yet: allowCredentials stays
 * empty and the authenticator offers its discoverable passkeys (and the browser its autofill).
 * When the account is known, its passkeys are listed, so password managers offer the right one.
 */
export async function startAuthentication({ purpose, userId, browser, now }: StartAuthenticationOptions): Promise<StartAuthenticationResult> {
  const rp = relyingParty();
  if (!rp) return { status: "unavailable" };
  const passkeys = userId ? await db.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } }) : [];
  if (userId && passkeys.length === 0) return { status: "no-passkey" };
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: passkeys.map((passkey) => ({ id: passkey.credentialId, transports: passkeyTransports(passkey.transports) })),
    userVerification: purpose === "second-step" ? "preferred" : "required",
    timeout: PASSKEY_CHALLENGE_SECONDS * 1000,
  });
  await rememberChallenge({ challenge: options.challenge, purpose, userId, browser, now });
  return { status: "ready", options };
}
