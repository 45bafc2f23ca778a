import type { Metadata } from "next";
import { EmailLinkProblemCard } from "@/components/auth/email-link-problem";
import { ConfirmEmailLinkForm } from "@/components/auth/confirm-email-link-form";
import { confirmEmailLinkAction } from "../email-actions";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentSession } from "@/lib/auth/dal";
import { SIGN_IN_AGAIN_PROMPT } from "@/lib/auth/signed-in-visitor";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { inspectEmailLink } from "@/lib/users/confirm-email-link";
import { emailLinkProblem } from "@/lib/users/email-link-problems";

export const metadata: Metadata = { title: "Confirm your email · Gatehouse", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Opening the link only shows what it would do; the button confirms (mail scanners open links,
// they do not press buttons).
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const found = await inspectEmailLink(token);
  if (found.verdict !== "valid" || typeof token !== "string") {
    const verdict = found.verdict === "valid" ? "invalid" : found.verdict;
    return <EmailLinkProblemCard problem={emailLinkProblem(verdict)} retry={{ href: "/dashboard", label: "Go to your dashboard to send a new link" }} />;
  }

  // Only the account's own session confirms (lib/users/confirm-email-link.ts).
  const session = await getCurrentSession();
  const ownSession = session?.user.id === found.token.userId;
  // prompt=login: when another account is signed in here, /login shows the form instead of moving on.
  const signInHref = `/login?${new URLSearchParams({ callbackUrl: `/verify-email?token=${token}`, prompt: SIGN_IN_AGAIN_PROMPT })}`;

  if (found.token.purpose === EMAIL_TOKEN_PURPOSES.changeEmail.name) {
    return (
      <>
        <h1 className="mb-6 text-2xl font-bold tracking-tight">Confirm your new email address</h1>
        <Card>
          {ownSession ? (
            <>
              <p className="mb-4 text-sm text-slate-800">
                Change the address of your account from {session.user.email} to {found.token.email}?
              </p>
              <ConfirmEmailLinkForm confirmAction={confirmEmailLinkAction} token={token} label="Change my email address" />
            </>
          ) : (
            <p className="text-sm text-slate-800" data-testid="sign-in-to-confirm">
              To change your address to {found.token.email}, sign in to the account that asked for it first.{" "}
              <TextLink href={signInHref}>Sign in</TextLink>
            </p>
          )}
        </Card>
      </>
    );
  }

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Confirm your email address</h1>
      <Card>
        {ownSession ? (
          <>
            <p className="mb-4 text-sm text-slate-800">
              Confirm that {found.token.email} is your address. If you did not create a Gatehouse account, close this page.
            </p>
            <ConfirmEmailLinkForm confirmAction={confirmEmailLinkAction} token={token} label="Confirm email address" />
          </>
        ) : (
          <div className="space-y-3 text-sm text-slate-800" data-testid="sign-in-to-confirm">
            <p>
              To confirm {found.token.email}, sign in to the account registered with {found.token.email} first, then open
              the link again. <TextLink href={signInHref}>Sign in</TextLink>
            </p>
            <p>
              If you did not create a Gatehouse account, someone else registered your address. To take it back,{" "}
              <TextLink href="/forgot-password">reset its password</TextLink>: that signs them out everywhere and removes
              everything they connected to it.
            </p>
          </div>
        )}
      </Card>
    </>
  );
}
