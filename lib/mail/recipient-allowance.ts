import "server-only";
import { checkRateLimits } from "@/lib/rate-limit/check-rate-limits";

/**
 * Whether one more email nobody signed in asked for may go to this address. Anyone can trigger
 * these (register with someone's address, name it as a new address), so each address gets a few
 * an hour; beyond that they are skipped without a word, and the answer to the request is unchanged.
 */
export async function mayMailUnsolicited(recipient: string): Promise<boolean> {
  return (await checkRateLimits([{ policy: "unsolicitedMailPerRecipient", key: recipient }])).ok;
}
