import type { ReactNode } from "react";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/dal";

const TABS = [
  { href: "/settings", label: "Account" },
  { href: "/settings/sessions", label: "Sessions" },
  { href: "/settings/connections", label: "Connections" },
];

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await requirePermission("account:read", "/settings");
  return (
    <div>
      <nav aria-label="Settings" className="mx-auto flex max-w-5xl gap-2 px-4 pt-6">
        {TABS.map((tab) => (
          <Link key={tab.href} href={tab.href} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100">
            {tab.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
