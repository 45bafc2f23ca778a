import "server-only";
import { after } from "next/server";
import type { MailMessage } from "./message";
import { sendMail } from "./send-mail";

/**
 * Sends after the response has gone out, so that whether an email was sent never shows in how
 * long a request took, and a slow or broken mail server never fails the request. Failures are
 * logged (recipient domain only), never thrown.
 */
export function deliverMail(message: MailMessage): void {
  runAfterResponse(`sending "${message.subject}" to …@${message.to.split("@").pop()}`, () => sendMail(message));
}

/** `after()` inside a request; outside one (scripts, tests) the task just runs. Never throws. */
export function runAfterResponse(label: string, task: () => Promise<unknown>): void {
  const guarded = () =>
    task().catch((error: unknown) => {
      console.error(`[after response] ${label} failed: ${(error as Error).message}`);
    });
  try {
    after(guarded);
  } catch {
    void guarded();
  }
}
