import type { ReactNode } from "react";
import { TabNav } from "@/components/ui/tab-nav";
import { requirePermission } from "@/lib/auth/dal";

const TABS = [
  { href: "/settings", label: "Account" },
  { href: "/settings/security", label: "Security" },
  { href: "/settings/sessions", label: "Sessions" },
  { href: "/settings/connections", label: "Connections" },
  { href: "/settings/api-keys", label: "API keys" },
];

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await requirePermission("account:read", "/settings");
  return (
    <div>
      <TabNav label="Settings" links={TABS} className="mx-auto max-w-5xl px-4 pt-6" />
      {children}
    </div>
  );
}
