import type { Metadata } from "next";
import { cookies } from "next/headers";
import { EmailLinkProblemCard } from "@/components/auth/email-link-problem";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resetPasswordAction } from "../email-actions";
import { Card } from "@/components/ui/card";
import { settings } from "@/lib/config/settings";
import { now } from "@/lib/clock";
import { findEmailToken } from "@/lib/email-tokens/find-email-token";
import { EMAIL_TOKEN_PURPOSES } from "@/lib/email-tokens/purposes";
import { resetCookieName } from "@/lib/edge/email-link";
import { emailLinkProblem } from "@/lib/users/email-link-problems";

export const metadata: Metadata = { title: "Choose a new password · Gatehouse", referrer: "no-referrer" };

// The link's token arrives in a cookie: middleware.ts takes it out of the address bar first.
export default async function ResetPasswordPage() {
  const token = (await cookies()).get(resetCookieName(process.env.AUTH_URL))?.value;
  const found = await findEmailToken(token, [EMAIL_TOKEN_PURPOSES.resetPassword.name], now());
  if (found.verdict !== "valid") {
    return <EmailLinkProblemCard problem={emailLinkProblem(found.verdict)} retry={{ href: "/forgot-password", label: "Get a new reset link" }} />;
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Choose a new password</h1>
      <p className="mb-6 text-sm text-slate-700" data-testid="reset-for">
        For {found.token.email}. Every device signed in to this account will be signed out.
      </p>
      <Card>
        <ResetPasswordForm
          action={resetPasswordAction}
          minLength={settings().passwordMinLength}
          minScore={settings().passwordMinScore}
          email={found.token.email}
        />
      </Card>
    </>
  );
}
