// Accounts social-fixtures.ts seeds for the social sign-in tests (pure data: safe in the test process).
/** Password accounts whose email is verified (provisioned accounts are). */
export const VERIFIED_USERS = {
  googleLink: { email: "verified-google@e2e.test", password: "verified google passphrase", name: "Vera Google" },
  githubLink: { email: "verified-github@e2e.test", password: "verified github passphrase", name: "Vic GitHub" },
  unverifiedClaim: { email: "verified-target@e2e.test", password: "verified target passphrase", name: "Tess Target" },
} as const;

/** A deactivated user who signs in only through providers, linked to these provider accounts. */
export const DEACTIVATED_SOCIAL = {
  email: "gone-social@e2e.test",
  password: "deactivated social passphrase",
  google: "google-sub-deactivated",
  github: "990001",
} as const;
