import { expect, type Page } from "@playwright/test";
import { GITHUB_STANDIN_URL, GOOGLE_STANDIN_ISSUER } from "./oauth/ports";

export type ProviderId = "google" | "github";
export const PROVIDER_NAMES: Record<ProviderId, string> = { google: "Google", github: "GitHub" };

/** The identity the provider vouches for. `verified` is the provider's own claim about the email. */
export type ProviderIdentity = {
  /** Google's `sub` / GitHub's numeric user id. */
  id: string;
  email: string;
  verified?: boolean;
  name?: string;
  /** GitHub only: show the email on /user (public) or only in /user/emails (private). */
  publicEmail?: boolean;
};

let sequence = 0;
/** A provider account id no other test uses (GitHub's are numeric). */
export function uniqueProviderId(provider: ProviderId): string {
  sequence += 1;
  const unique = `${Date.now() % 1_000_000_000}${process.pid % 1000}${sequence}`;
  return provider === "github" ? unique : `g-${unique}`;
}

const STANDIN_ORIGIN: Record<ProviderId, string> = { google: GOOGLE_STANDIN_ISSUER, github: GITHUB_STANDIN_URL };

/** The stand-in's consent page: choose who the provider says you are, then Allow or Deny. */
export class ProviderConsentPage {
  constructor(
    private readonly page: Page,
    readonly provider: ProviderId,
  ) {}

  async waitForIt() {
    await expect(this.page).toHaveURL(new RegExp(`^${STANDIN_ORIGIN[this.provider]}/`));
  }

  async fill(identity: ProviderIdentity) {
    await this.waitForIt();
    const verified = identity.verified ?? true;
    if (this.provider === "google") {
      await this.page.getByLabel("Subject").fill(identity.id);
      await this.page.getByLabel("Email", { exact: true }).fill(identity.email);
      await this.page.getByLabel("Email verified").setChecked(verified);
      await this.page.getByLabel("Name").fill(identity.name ?? "Grace Google");
    } else {
      await this.page.getByLabel("Account id").fill(identity.id);
      await this.page.getByLabel("Name").fill(identity.name ?? "Octo Cat");
      await this.page.getByLabel("Public email").fill(identity.publicEmail ? identity.email : "");
      await this.page.getByLabel("Primary email", { exact: true }).fill(identity.email);
      await this.page.getByLabel("Primary email verified").setChecked(verified);
    }
  }

  async allow(identity: ProviderIdentity) {
    await this.fill(identity);
    await this.page.getByRole("button", { name: "Allow" }).click();
  }

  async deny() {
    await this.waitForIt();
    await this.page.getByRole("button", { name: "Deny" }).click();
  }
}

/** From /login: press "Continue with <provider>" and answer the provider's consent page. */
export async function signInWithProvider(page: Page, provider: ProviderId, identity: ProviderIdentity) {
  await page.goto("/login");
  await page.getByRole("button", { name: `Continue with ${PROVIDER_NAMES[provider]}` }).click();
  await new ProviderConsentPage(page, provider).allow(identity);
}
