// The signature counter rule (WebAuthn §6.1.1). Pure.
//
// A device-bound authenticator counts its signatures; a count that does not go up means two
// copies of its key exist, so the answer is refused (and audited as a warning sign). Synced
// passkeys (iCloud Keychain, Google Password Manager, 1Password) live on several devices at
// once and report 0 or a count that does not increase: for them a flat or lower count is normal
// and accepted, and the highest count seen is kept. 0 from both sides means "no counter".

export type StoredSignCount = {
  counter: number;
  /** singleDevice or multiDevice, as the authenticator said at registration (the BE flag). */
  deviceType: string;
  /** The last backup state the authenticator reported (the BS flag). */
  backedUp: boolean;
};

export type SignCountVerdict = { ok: true; counter: number } | { ok: false; reason: "counter-regression" };

/** Synced, or able to be: such a passkey's counter proves nothing about copies. */
export function isSyncedPasskey(stored: Pick<StoredSignCount, "deviceType" | "backedUp">): boolean {
  return stored.deviceType === "multiDevice" || stored.backedUp;
}

export function judgeSignCount(stored: StoredSignCount, reported: number): SignCountVerdict {
  if (reported > stored.counter) return { ok: true, counter: reported };
  if (reported === 0 && stored.counter === 0) return { ok: true, counter: 0 };
  if (isSyncedPasskey(stored)) return { ok: true, counter: stored.counter };
  return { ok: false, reason: "counter-regression" };
}
