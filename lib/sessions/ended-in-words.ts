const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a sign-out ended, as the message after it says it: "3 devices", "2 devices and 1 app".
 * Browsers are devices; token sign-ins (the API) are apps, named only when there were some.
 */
export function endedInWords({ sessions, tokenFamilies = 0 }: { sessions: number; tokenFamilies?: number }): string {
  const devices = count(sessions, "device", "devices");
  return tokenFamilies > 0 ? `${devices} and ${count(tokenFamilies, "app", "apps")}` : devices;
}

/** Counts carried in a URL after a redirect: a whole number, or 0 for anything else. */
export function countParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}
