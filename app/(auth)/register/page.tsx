import type { Metadata } from "next";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";
import { settings } from "@/lib/config/settings";

export const metadata: Metadata = { title: "Create account · Gatehouse" };

export default function RegisterPage() {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Create your account</h1>
      <Card>
        <RegisterForm minLength={settings().passwordMinLength} />
      </Card>
    </>
  );
}
