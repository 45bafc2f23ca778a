import type { Metadata } from "next";
import { connection } from "next/server";
import { RegisterForm } from "@/components/auth/register-form";
import { providerSignInAction } from "../provider-actions";
import { registerAction } from "../actions";
import { Card } from "@/components/ui/card";
import { settings } from "@/lib/config/settings";
import { SocialSignInButtons } from "@/components/auth/social-sign-in-buttons";
import { enabledSocialProviders } from "@/lib/auth/providers";
import { sendSignedInVisitorOn } from "@/lib/auth/signed-in-visitor";

export const metadata: Metadata = { title: "Create account · Gatehouse" };

export default async function RegisterPage() {
  // Rendered per request, so enabling a provider is a configuration change, not a rebuild.
  await connection();
  await sendSignedInVisitorOn();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Create your account</h1>
      <Card>
        <SocialSignInButtons action={providerSignInAction} providers={enabledSocialProviders()} />
        <RegisterForm action={registerAction} minLength={settings().passwordMinLength} minScore={settings().passwordMinScore} />
      </Card>
    </>
  );
}
