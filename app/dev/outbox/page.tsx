import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { listOutbox } from "@/lib/mail/outbox";
import { requireOutboxAccess } from "./access";

export const metadata: Metadata = { title: "Development outbox · Gatehouse" };

export default async function OutboxPage() {
  await requireOutboxAccess("/dev/outbox");
  const emails = await listOutbox();
  return (
    <PageShell title="Development outbox" intro="With no SMTP_URL set, Gatehouse keeps the emails it would send here, newest first.">
      <Card>
        {emails.length === 0 ? (
          <p className="text-slate-700">No emails yet. Register an account or ask for a password reset to see one here.</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="outbox">
            {emails.map((email) => (
              <li key={email.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <span>
                  <TextLink href={`/dev/outbox/${email.id}`}>{email.subject}</TextLink>
                  <span className="ml-2 text-sm text-slate-600">to {email.to}</span>
                </span>
                <span className="text-sm text-slate-600">
                  <DateTime value={email.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </PageShell>
  );
}
