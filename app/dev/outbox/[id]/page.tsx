import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";
import { settings } from "@/lib/config/settings";
import { withColorScheme } from "@/lib/mail/layout";
import { getOutboxEmail } from "@/lib/mail/outbox";
import { currentTheme } from "../../../current-theme";
import { requireOutboxAccess } from "../access";

export const metadata: Metadata = { title: "Email · Development outbox · Gatehouse", referrer: "no-referrer" };

/** The text part, with links into this app made clickable (and nothing else). */
function withAppLinks(text: string, appUrl: string): ReactNode[] {
  return text.split(/(https?:\/\/\S+)/).map((part, index) =>
    part.startsWith(`${appUrl}/`) ? (
      <a key={index} href={part} className="break-all font-semibold text-indigo-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireOutboxAccess(`/dev/outbox/${id}`);
  const [email, theme] = await Promise.all([getOutboxEmail(id), currentTheme()]);
  if (!email) notFound();
  return (
    <PageShell title={email.subject} intro={<TextLink href="/dev/outbox">← All emails</TextLink>}>
      <Card>
        <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">To</dt>
          <dd data-testid="outbox-to">{email.to}</dd>
          <dt className="text-slate-600">Sent</dt>
          <dd>
            <DateTime value={email.createdAt} />
          </dd>
        </dl>
        <pre className="whitespace-pre-wrap break-words font-sans text-slate-900" data-testid="outbox-text">
          {withAppLinks(email.text, settings().appUrl)}
        </pre>
      </Card>
      <Card title="HTML part">
        {/* sandbox without allow-scripts: the markup can show, never run. The header's Light or Dark
            choice is written into the email, which otherwise follows the device like a mail app. */}
        <iframe title="HTML part of the email" sandbox="" srcDoc={withColorScheme(email.html, theme)} className="h-96 w-full rounded border border-slate-200" />
      </Card>
    </PageShell>
  );
}
