import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";

export const metadata: Metadata = { title: "Dashboard · Gatehouse" };

export default async function DashboardPage() {
  const { user } = await requirePermission("account:read", "/dashboard");
  return (
    <PageShell title={`Welcome, ${user.name ?? user.email}`} intro="Your account at a glance.">
      <Card title="Your account">
        <dl className="grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">Email</dt>
            <dd className="font-medium" data-testid="user-email">{user.email}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Roles</dt>
            <dd className="flex flex-wrap gap-2" data-testid="user-roles">
              {user.roles.map((role) => (
                <span key={role} className="rounded-full bg-indigo-100 px-2.5 py-0.5 text-sm font-medium text-indigo-900">
                  {role}
                </span>
              ))}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Last sign-in</dt>
            <dd className="font-medium"><DateTime value={user.lastLoginAt} fallback="Never" /></dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">Member since</dt>
            <dd className="font-medium"><DateTime value={user.createdAt} /></dd>
          </div>
        </dl>
      </Card>
    </PageShell>
  );
}
