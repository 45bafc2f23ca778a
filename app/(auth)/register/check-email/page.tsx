import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ResendLinkForm } from "@/components/auth/resend-link-form";
import { resendRegistrationLinkAction } from "../../actions";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { readRegisteredEmailCookie } from "@/lib/auth/registered-email-cookie";
import { lifetimeInWords } from "@/lib/email-tokens/purposes";

export const metadata: Metadata = { title: "Check your inbox · Gatehouse" };

// Where registration lands. Registering does not sign in: signing in only when the address was
// new would tell anyone whether it already had an account. The page reads the same either way.
export default async function CheckEmailPage() {
  const email = await readRegisteredEmailCookie();
  if (!email) redirect("/register");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Check your inbox</h1>
      <Card>
        <div className="space-y-4 text-sm text-slate-800">
          <p data-testid="check-email-address">
            We sent an email to <strong className="font-semibold">{email}</strong>. Open the link in it to confirm your address;
            it works for {lifetimeInWords("verifyEmail")}. If this address already had an account, the email tells you how to
            get back into it instead.
          </p>
          <p>
            Your account is ready: <TextLink href="/login">sign in</TextLink> now and confirm your address when the email
            arrives.
          </p>
          <ResendLinkForm action={resendRegistrationLinkAction} />
          <p className="text-slate-700">
            Nothing after a few minutes? Check your spam folder. Wrong address?{" "}
            <TextLink href="/register">Register again with the right one</TextLink>, or sign in and change it under Settings →
            Security.
          </p>
        </div>
      </Card>
    </>
  );
}
