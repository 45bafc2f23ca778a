// The relying party passkeys belong to, from AUTH_URL alone: its host is the RP ID (the domain a
// passkey is bound to) and its origin the only origin an answer may come from. Pure.
import { isIP } from "node:net";
import { settings } from "@/lib/config/settings";

export type RelyingParty = {
  /** The RP ID: AUTH_URL's hostname. Passkeys made for it work only there. */
  id: string;
  /** scheme://host[:port], exactly as the browser reports it in clientDataJSON. */
  origin: string;
  /** What authenticators show beside the account name. */
  name: string;
};

export const RELYING_PARTY_NAME = "Gatehouse";

const LOCALHOST = /(^|\.)localhost$/;

/**
 * The relying party for an app served at `appUrl`, or null where browsers offer no passkeys: an
 * IP address (never a valid RP ID), or plain http anywhere but localhost (not a secure context).
 */
export function relyingPartyFor(appUrl: string): RelyingParty | null {
  let url: URL;
  try {
    url = new URL(appUrl.trim());
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (!host || isIP(host.replace(/^\[|\]$/g, "")) !== 0) return null;
  if (url.protocol === "http:" && !LOCALHOST.test(host)) return null;
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return { id: host, origin: url.origin, name: RELYING_PARTY_NAME };
}

/** This server's relying party (AUTH_URL), or null where passkeys cannot work. */
export function relyingParty(): RelyingParty | null {
  return relyingPartyFor(settings().appUrl);
}
