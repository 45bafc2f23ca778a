import type { Metadata } from "next";
import { headers } from "next/headers";
import { EmailLinkProblemCard } from "@/components/auth/email-link-problem";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requestContext } from "@/lib/http/request-context";
import { confirmEmailLink } from "@/lib/users/confirm-email-link";
import { emailLinkProblem } from "@/lib/users/email-link-problems";

export const metadata: Metadata = { title: "Confirm your email · Gatehouse", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Opening the link is the confirmation (the link is single-use and only ever arrives by email).
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const result = await confirmEmailLink(token, requestContext(await headers()));

  if (result.status === "refused") {
    return <EmailLinkProblemCard problem={emailLinkProblem(result.verdict)} retry={{ href: "/dashboard", label: "Go to your dashboard to send a new link" }} />;
  }
  if (result.status === "email-taken") {
    return (
      <EmailLinkProblemCard
        problem={{ title: "That address is already in use", message: "Another account started using this address after you asked for the change, so your address was not changed." }}
        retry={{ href: "/settings/security", label: "Back to security settings" }}
      />
    );
  }
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{result.status === "verified" ? "Email address confirmed" : "Email address changed"}</h1>
      <Card>
        <Notice tone="success" testId="email-confirmed">
          {result.status === "verified"
            ? `Thanks, ${result.email} is confirmed.`
            : `Your account now uses ${result.email}. Sign in with this address from now on.`}
        </Notice>
        <p className="mt-4 text-sm">
          <TextLink href="/dashboard">Continue to your dashboard</TextLink>
        </p>
      </Card>
    </>
  );
}
