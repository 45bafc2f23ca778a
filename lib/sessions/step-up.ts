// Step-up: dangerous actions need a proof of identity (password, code or passkey) from the last
// few minutes, not only a live session. Pure: the clock is an argument.
export const STEP_UP_WINDOW_SECONDS = 10 * 60;

export function isRecentlyAuthenticated(authenticatedAt: Date, now: Date): boolean {
  return now.getTime() - authenticatedAt.getTime() < STEP_UP_WINDOW_SECONDS * 1000;
}
