import type { Metadata } from "next";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { PageShell } from "@/components/layout/page-shell";
import { ConfirmTotpForm } from "@/components/settings/two-factor-forms";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/dal";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { startTotpEnrolment } from "@/lib/factors/start-totp-enrolment";
import { confirmTotpAction } from "../two-factor-actions";

export const metadata: Metadata = { title: "Authenticator app · Security · Settings · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EnrolTotpPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePermission("account:read", "/settings/security/two-factor");
  const params = await searchParams;
  // Where the person was going when a role's second-factor requirement sent them here.
  const next = safeCallbackUrl(Array.isArray(params.next) ? params.next[0] : params.next, "/settings/security");
  const enrolment = await startTotpEnrolment({ userId: user.id, email: user.email });
  if (enrolment.status === "already-enrolled") redirect(next);
  // Inline SVG drawn on the server: no script, no image request, nothing the nonce CSP must allow.
  const qr = await QRCode.toString(enrolment.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const groupedKey = enrolment.secret.match(/.{1,4}/g)?.join(" ") ?? enrolment.secret;
  return (
    <PageShell title="Set up an authenticator app" intro="Sign-in will ask for a code from the app after your password or Google/GitHub.">
      <Card title="1. Add Gatehouse to your app">
        <p className="mb-4 text-sm text-slate-700">Scan this QR code with an authenticator app (Google Authenticator, 1Password, Authy, …).</p>
        <div role="img" aria-label="QR code for your authenticator app" className="mb-4 size-48" dangerouslySetInnerHTML={{ __html: qr }} />
        <p className="text-sm text-slate-700">
          Or type this key into the app:{" "}
          <code data-testid="totp-key" className="rounded bg-slate-100 px-2 py-1 font-mono text-sm break-all">
            {groupedKey}
          </code>
        </p>
      </Card>
      <Card title="2. Enter the code it shows">
        <ConfirmTotpForm action={confirmTotpAction} next={next} />
      </Card>
    </PageShell>
  );
}
