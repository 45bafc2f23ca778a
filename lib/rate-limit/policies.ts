// Every rate limit Gatehouse enforces, by name. Limits count attempts (before any password is
// checked), so a burst of concurrent requests cannot slip past them. docs/security.md lists the same table.
// RATE_LIMIT_MULTIPLIER scales every limit (lib/config/settings.ts).
// `perClient` policies are keyed by the client IP: checked first, and when one refuses, the
// finer ones (per email, per account) are not counted at all.

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const RATE_LIMIT_POLICIES = {
  signInPerAccountIp: { limit: 10, windowSeconds: MINUTE },
  signInPerAccount: { limit: 100, windowSeconds: HOUR },
  signInPerIp: { limit: 60, windowSeconds: 10 * MINUTE, perClient: true },
  /** A browser with a device cookie for the account, instead of the three above (lockout that cannot be aimed). */
  signInPerKnownDevice: { limit: 10, windowSeconds: 15 * MINUTE },
  registerPerIp: { limit: 10, windowSeconds: HOUR, perClient: true },
  forgotPasswordPerIp: { limit: 10, windowSeconds: HOUR, perClient: true },
  forgotPasswordPerEmail: { limit: 3, windowSeconds: HOUR },
  verificationResendPerAccount: { limit: 3, windowSeconds: HOUR },
  /** The resend button after registering, before anyone is signed in: keyed by the address typed. */
  verificationResendPerEmail: { limit: 3, windowSeconds: HOUR },
  verificationResendPerIp: { limit: 10, windowSeconds: HOUR, perClient: true },
  resetPasswordPerIp: { limit: 20, windowSeconds: HOUR, perClient: true },
  /** Emails to an address that has not proven itself (verification, registration attempt, new-address confirmation): skipped silently above it. */
  unsolicitedMailPerRecipient: { limit: 5, windowSeconds: HOUR },
  /** Settings forms that ask for the current password (change password, change email). */
  passwordConfirmPerAccount: { limit: 10, windowSeconds: 15 * MINUTE },
  /** Codes typed at the sign-in challenge or in settings (authenticator app or recovery code). */
  secondFactorPerAccount: { limit: 10, windowSeconds: 15 * MINUTE },
  /** Passkey challenges issued (each sign-in page view asks for one for the browser's autofill). */
  passkeyChallengePerIp: { limit: 120, windowSeconds: 10 * MINUTE, perClient: true },
  apiPerIp: { limit: 300, windowSeconds: MINUTE, perClient: true },
  /** The token endpoints (/api/v1/auth/*), on top of the sign-in policies for /auth/token. */
  tokenApiPerIp: { limit: 30, windowSeconds: MINUTE, perClient: true },
  /** Refreshes of one token family (one client's sign-in). */
  refreshPerFamily: { limit: 30, windowSeconds: MINUTE },
  /** The token API per access token's family or per API key. */
  apiPerCredential: { limit: 600, windowSeconds: MINUTE },
} as const satisfies Record<string, { limit: number; windowSeconds: number; perClient?: true }>;

export type RateLimitPolicy = keyof typeof RATE_LIMIT_POLICIES;
