// Chromium's virtual authenticator (DevTools protocol, `WebAuthn` domain): a platform authenticator
// with resident keys and user verification, as a laptop's or phone's passkey store. Each tab gets
// its own; credentials can be read out (private key included) and put into another, which is how
// the tests copy a passkey to a second browser or make a clone whose counter lags behind.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { CDPSession, Page } from "@playwright/test";

export type VirtualCredential = {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
  backupEligibility?: boolean;
  backupState?: boolean;
};

export class VirtualAuthenticator {
  private constructor(
    private readonly cdp: CDPSession,
    readonly id: string,
  ) {}

  /** Attaches a new authenticator to the page's tab. */
  static async attach(page: Page): Promise<VirtualAuthenticator> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    return new VirtualAuthenticator(cdp, authenticatorId);
  }

  async credentials(): Promise<VirtualCredential[]> {
    return (await this.cdp.send("WebAuthn.getCredentials", { authenticatorId: this.id })).credentials as VirtualCredential[];
  }

  async add(credential: VirtualCredential): Promise<void> {
    await this.cdp.send("WebAuthn.addCredential", { authenticatorId: this.id, credential });
  }

  async detach(): Promise<void> {
    await this.cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId: this.id });
  }
}

/** A passkey for this site that the server never registered (another account's, or a made-up one). */
export function strangerCredential(rpId = "localhost"): VirtualCredential {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return {
    credentialId: randomBytes(16).toString("base64"),
    isResidentCredential: true,
    rpId,
    privateKey: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64"),
    userHandle: randomBytes(16).toString("base64"),
    signCount: 0,
  };
}
