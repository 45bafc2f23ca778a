// What an emailed link can do, and for how long. The purpose is stored with the token, so a
// link made for one job never opens another.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const EMAIL_TOKEN_PURPOSES = {
  verifyEmail: { name: "verify_email", lifetimeMs: 24 * HOUR },
  resetPassword: { name: "reset_password", lifetimeMs: 30 * MINUTE },
  changeEmail: { name: "change_email", lifetimeMs: HOUR },
} as const;

export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[keyof typeof EMAIL_TOKEN_PURPOSES]["name"];

export function lifetimeOf(purpose: EmailTokenPurpose): number {
  const entry = Object.values(EMAIL_TOKEN_PURPOSES).find((candidate) => candidate.name === purpose);
  if (!entry) throw new Error(`Unknown email token purpose: ${purpose}`);
  return entry.lifetimeMs;
}

/** How long a link works, as pages and emails print it: "30 minutes", "1 hour", "24 hours". */
export function lifetimeInWords(purpose: keyof typeof EMAIL_TOKEN_PURPOSES): string {
  const ms = EMAIL_TOKEN_PURPOSES[purpose].lifetimeMs;
  const [count, unit] = ms % HOUR === 0 ? [ms / HOUR, "hour"] : [Math.round(ms / MINUTE), "minute"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
