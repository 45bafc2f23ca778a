// NIST SP 800-63B: a new password is compared with passwords known from data breaches, through
// the Pwned Passwords range API. Only the first 5 hex characters of the password's SHA-1 leave
// the server (k-anonymity); the answer lists every known suffix of that prefix, padded with
// zero-count decoys so its size gives nothing away either. docs/security.md: "Breached passwords".
import { createHash } from "node:crypto";
import { log } from "@/lib/observability/log";
import { normalizePassword } from "./policy";

export const BREACHED_PASSWORD_MESSAGE =
  "This password has appeared in a data breach, so attackers try it first. Choose a password you have not used anywhere else.";

/** Long enough for the API on a good day, short enough that nobody waits for one that is down. */
export const BREACH_CHECK_TIMEOUT_MS = 1500;

/** The password's SHA-1 (upper-case hex) cut where the API wants it: the prefix is all it sends. */
export function pwnedRangeQuery(password: string): { prefix: string; suffix: string } {
  // The password as it is stored (NFKC): the same for every spelling that signs in.
  const hash = createHash("sha1").update(normalizePassword(password), "utf8").digest("hex").toUpperCase();
  return { prefix: hash.slice(0, 5), suffix: hash.slice(5) };
}

/** How often `suffix` was seen, from a range answer ("SUFFIX:COUNT" per line; padding lines say 0). */
export function breachCount(body: string, suffix: string): number {
  for (const line of body.split(/\r?\n/)) {
    const [candidate, count] = line.trim().split(":");
    if (candidate?.toUpperCase() === suffix) return Number.parseInt(count ?? "0", 10) || 0;
  }
  return 0;
}

export type BreachVerdict = "breached" | "not-found" | "unavailable";

export type CheckBreachedPasswordOptions = {
  password: string;
  /** The range API's base URL (PASSWORD_BREACH_API_URL); `/range/{prefix}` is appended. */
  apiUrl: string;
  timeoutMs?: number;
};

/**
 * "unavailable" when the service cannot answer in time or answers nonsense: the caller accepts
 * the password then (lib/password/new-password.ts says why), and a warning is logged.
 */
export async function checkBreachedPassword({ password, apiUrl, timeoutMs = BREACH_CHECK_TIMEOUT_MS }: CheckBreachedPasswordOptions): Promise<BreachVerdict> {
  const { prefix, suffix } = pwnedRangeQuery(password);
  try {
    const response = await fetch(`${apiUrl}/range/${prefix}`, {
      headers: { "Add-Padding": "true", "User-Agent": "Gatehouse" },
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    return breachCount(await response.text(), suffix) > 0 ? "breached" : "not-found";
  } catch (error) {
    log("warn", "Breached-password check unavailable; the password was accepted without it", {
      api: apiUrl,
      reason: error instanceof Error ? error.message : String(error),
    });
    return "unavailable";
  }
}
