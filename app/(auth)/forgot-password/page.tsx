import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { forgotPasswordAction } from "../email-actions";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Forgot password · Gatehouse" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Forgot your password?</h1>
      <p className="mb-6 text-sm text-slate-700">
        Enter the email address of your account and we will send you a link to choose a new password. If you signed up
        with Google or GitHub, this sets your first password.
      </p>
      <Card>
        <ForgotPasswordForm action={forgotPasswordAction} />
      </Card>
    </>
  );
}
