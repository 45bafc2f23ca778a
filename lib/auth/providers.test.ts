import { describe, expect, it } from "vitest";
import { enabledSocialProviders, pickGitHubEmail } from "./providers";
import { readSettings } from "@/lib/config/settings";

describe("pickGitHubEmail", () => {
  it("uses the primary verified address when /user has no public email", () => {
    const emails = [
      { email: "old@example.com", primary: false, verified: true },
      { email: "main@example.com", primary: true, verified: true },
    ];
    expect(pickGitHubEmail({ email: null }, emails)).toEqual({ email: "main@example.com", email_verified: true });
  });

  it("has no email when no address is both primary and verified", () => {
    expect(pickGitHubEmail({ email: null }, [{ email: "a@example.com", primary: true, verified: false }])).toEqual({ email: null, email_verified: false });
    expect(pickGitHubEmail({ email: null }, null)).toEqual({ email: null, email_verified: false });
  });

  it("trusts the public email as verified only when /user/emails says so", () => {
    expect(pickGitHubEmail({ email: "Pub@example.com" }, [{ email: "pub@example.com", primary: false, verified: true }]).email_verified).toBe(true);
    expect(pickGitHubEmail({ email: "pub@example.com" }, null)).toEqual({ email: "pub@example.com", email_verified: false });
  });
});

describe("enabledSocialProviders", () => {
  it("lists only providers with both a client id and a secret", () => {
    expect(enabledSocialProviders(readSettings({ NODE_ENV: "test" }).oauth)).toEqual([]);
    const oauth = readSettings({ NODE_ENV: "test", AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" }).oauth;
    expect(enabledSocialProviders(oauth)).toEqual([{ id: "github", name: "GitHub" }]);
  });

  it("refuses half a configuration and a malformed issuer", () => {
    expect(() => readSettings({ NODE_ENV: "test", AUTH_GOOGLE_ID: "id" })).toThrow(/AUTH_GOOGLE_SECRET/);
    expect(() => readSettings({ NODE_ENV: "test", AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "s", AUTH_GOOGLE_ISSUER: "nope" })).toThrow(/AUTH_GOOGLE_ISSUER/);
    expect(readSettings({ NODE_ENV: "test", AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "s" }).oauth.google?.issuer).toBe("https://accounts.google.com");
  });
});
