// Small readers for what browsers send back, and for what the Passkey row keeps. Pure.
import type { AuthenticatorTransportFuture } from "@simplewebauthn/server";

/** The challenge inside a base64url clientDataJSON, or null when it is not one. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" && data.challenge.length > 0 && data.challenge.length <= 512 ? data.challenge : null;
  } catch {
    return null;
  }
}

/** The user handle Gatehouse gives each account's passkeys: its user id, as bytes. */
export function userHandleFor(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId, "utf8"));
}

/** The user id a discoverable passkey's answer names (base64url user handle), or null. */
export function userHandleOf(userHandle: string | undefined): string | null {
  return userHandle ? Buffer.from(userHandle, "base64url").toString("utf8") : null;
}

export function passkeyTransports(stored: string): AuthenticatorTransportFuture[] {
  return stored ? (stored.split(",") as AuthenticatorTransportFuture[]) : [];
}
