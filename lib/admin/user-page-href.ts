/** The admin page of one user, and its destructive steps (`?confirm=`), built in one place. */

export type ConfirmStepName = "deactivate" | "delete" | "sign-out-everywhere" | "remove-role" | "reset-second-factor";

export function userPageHref(userId: string): string {
  return `/admin/users/${encodeURIComponent(userId)}`;
}

/**
 * The page with a confirm step open. Actions that need a fresh proof send the admin back here
 * after it, so they only press the button once more.
 */
export function confirmStepHref(userId: string, step: ConfirmStepName, extra: Record<string, string> = {}): string {
  return `${userPageHref(userId)}?${new URLSearchParams({ confirm: step, ...extra })}`;
}
