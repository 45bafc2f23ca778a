// The access-token keys as CryptoKeys, imported once per process from the settings.
import "server-only";
import { importJWK } from "jose";
import { settings } from "@/lib/config/settings";
import { ACCESS_TOKEN_ALG, type EcPublicJwk, type SigningKeyConfig } from "./signing-key-config";

export type SigningKeys = {
  current: { kid: string; privateKey: CryptoKey };
  /** kid → public key: the current key and the retiring ones. Nothing else is ever trusted. */
  verifying: Map<string, CryptoKey>;
  /** The JWKS document's keys (public halves only). */
  published: EcPublicJwk[];
};

let loaded: Promise<SigningKeys> | undefined;

export async function importSigningKeys(config: SigningKeyConfig): Promise<SigningKeys> {
  const { d, ...currentPublic } = config.current;
  const published = [currentPublic, ...config.retiring];
  const privateKey = (await importJWK({ ...currentPublic, d }, ACCESS_TOKEN_ALG)) as CryptoKey;
  const verifying = new Map<string, CryptoKey>();
  for (const jwk of published) verifying.set(jwk.kid, (await importJWK(jwk, ACCESS_TOKEN_ALG)) as CryptoKey);
  return { current: { kid: config.current.kid, privateKey }, verifying, published };
}

/** Throws when no key is configured; the start-up checks stop a server before it gets here. */
export function signingKeys(): Promise<SigningKeys> {
  loaded ??= (async () => {
    const config = settings().tokens.keys;
    if (!config) throw new Error("AUTH_TOKEN_SIGNING_KEY is not set");
    return importSigningKeys(config);
  })();
  return loaded;
}
