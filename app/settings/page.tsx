import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Settings · Gatehouse" };

export default async function SettingsPage() {
  const { user } = await requirePermission("account:read", "/settings");
  return (
    <PageShell title="Settings" intro="Your account and where it is signed in.">
      <Card title="Account">
        <p className="text-slate-700" data-testid="settings-account">
          {user.name ?? "No name"} · {user.email}
        </p>
      </Card>
      <Card title="Sign out everywhere">
        <p className="mb-4 text-slate-700">Ends every session of your account, this one included.</p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="danger">Sign out everywhere</Button>
        </form>
      </Card>
    </PageShell>
  );
}
