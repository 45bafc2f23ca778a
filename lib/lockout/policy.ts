// Account lockout after consecutive failed password sign-ins. Pure: the clock is an argument.
// LOCKOUT_THRESHOLD failures lock the account for 1 minute; each further failure after the lock
// ends doubles the wait, up to 15 minutes. 12 hours without a failure start the count afresh.

export const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 15 * 60;
export const FAILURE_MEMORY_SECONDS = 12 * 60 * 60;

export type LockoutState = { failedSignInCount: number; lastFailedSignInAt: Date | null; lockedUntil: Date | null };

export function isLocked(state: Pick<LockoutState, "lockedUntil">, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure at `now`; `locked` is true when this failure starts a lock. */
export function afterFailure(state: LockoutState, now: Date, threshold: number): LockoutState & { locked: boolean } {
  const remembered =
    state.lastFailedSignInAt !== null && now.getTime() - state.lastFailedSignInAt.getTime() < FAILURE_MEMORY_SECONDS * 1000;
  const failedSignInCount = (remembered ? state.failedSignInCount : 0) + 1;
  if (threshold <= 0 || failedSignInCount < threshold) {
    return { failedSignInCount, lastFailedSignInAt: now, lockedUntil: state.lockedUntil, locked: false };
  }
  const seconds = Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(failedSignInCount - threshold, 10));
  return { failedSignInCount, lastFailedSignInAt: now, lockedUntil: new Date(now.getTime() + seconds * 1000), locked: true };
}
