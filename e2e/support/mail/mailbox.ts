import { expect } from "@playwright/test";
import type { ReceivedMail } from "@/test-support/smtp-sink";
import { MAILBOX_URL } from "../env";

export type { ReceivedMail };

async function allMessages(): Promise<ReceivedMail[]> {
  const response = await fetch(`${MAILBOX_URL}/messages`);
  return (await response.json()) as ReceivedMail[];
}

export async function mailTo(to: string, subject?: RegExp): Promise<ReceivedMail[]> {
  return (await allMessages()).filter((mail) => mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject)));
}

/** The `nth` (1-based) email to `to` matching `subject`, once it has arrived through SMTP. */
export async function waitForMail(to: string, subject: RegExp, nth = 1): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => {
      found = (await mailTo(to, subject))[nth - 1];
      return Boolean(found);
    }, { message: `email ${nth} to ${to} matching ${subject}`, timeout: 15_000 })
    .toBe(true);
  return found!;
}

/** The one link in an email's text part that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  const matching = links.filter((link) => link.startsWith(prefix));
  expect(matching, `a link starting with ${prefix} in "${mail.subject}"`).toHaveLength(1);
  return matching[0]!;
}
