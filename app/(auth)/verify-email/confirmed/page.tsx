import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requireUser } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "Email confirmed · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Where the confirm button of /verify-email lands. A page of its own (not the button's state)
// because the whole layout renders again after confirming: the banner asking for confirmation
// goes, and the header shows the new address.
export default async function EmailConfirmedPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requireUser("/verify-email/confirmed");
  const changed = (await searchParams).change === "1";
  if (!user.emailVerified) redirect("/dashboard");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{changed ? "Email address changed" : "Email address confirmed"}</h1>
      <Card>
        <Notice tone="success" testId="email-confirmed">
          {changed ? `Your account now uses ${user.email}. Sign in with this address from now on.` : `Thanks, ${user.email} is confirmed.`}
        </Notice>
        <p className="mt-4 text-sm">
          <TextLink href="/dashboard">Continue to your dashboard</TextLink>
        </p>
      </Card>
    </>
  );
}
