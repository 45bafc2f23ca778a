// How long records that have stopped mattering are kept before lib/housekeeping deletes them.
// The audit log is not here: it is the record of what happened and is kept until an operator
// decides otherwise.
const DAY_MS = 24 * 60 * 60 * 1000;

export const RETENTION = {
  /** Session registry rows, counted from the session's end (expiry or revocation). */
  endedSessions: 30 * DAY_MS,
  /**
   * Emailed links, counted from their expiry. Kept a week so an old link still answers "expired"
   * (with where to get a new one) instead of "not valid".
   */
  expiredEmailTokens: 7 * DAY_MS,
  /** Token families (token API sign-ins) and their refresh tokens, counted from their end. */
  endedTokenFamilies: 30 * DAY_MS,
  /** Mail in the development outbox (live links while they last). */
  outboxEmails: 7 * DAY_MS,
} as const;

/** How often a server process purges (lib/housekeeping/schedule-purges.ts). */
export const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** The first purge waits this long after start, so starting a server costs nothing extra. */
export const FIRST_PURGE_DELAY_MS = 5 * 60 * 1000;
