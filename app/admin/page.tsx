import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import { requirePermission } from "@/lib/auth/dal";
import { countUsers } from "@/lib/admin/count-users";
import { countLockedAccounts } from "@/lib/lockout/count-locked-accounts";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { AdminNav } from "@/components/admin/admin-nav";
import { ActivityChart } from "@/components/admin/activity-chart";
import { AuditTable } from "@/components/admin/audit-table";
import { signInActivity } from "@/lib/admin/sign-in-activity";
import { listAuditEvents } from "@/lib/admin/list-audit-events";
import { auditQuerySchema } from "@/lib/validation/admin";

const PERMISSION = "admin:access" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "Admin · Gatehouse");

export default async function AdminPage() {
  await requirePermission(PERMISSION, "/admin");
  const [counts, locked, activity, latest] = await Promise.all([
    countUsers(),
    countLockedAccounts(),
    signInActivity(14),
    listAuditEvents(auditQuerySchema.parse({}), 10),
  ]);
  const stats = [
    ["Users", counts.total],
    ["Active", counts.active],
    ["Deactivated", counts.inactive],
    ["Locked out now", locked],
  ] as const;
  return (
    <PageShell title="Admin overview" intro="Who has an account, and with which roles.">
      <AdminNav />
      <div className="grid gap-4 sm:grid-cols-4" data-testid="admin-overview">
        {stats.map(([label, value]) => (
          <Card key={label}>
            <p className="text-sm text-slate-600">{label}</p>
            <p className="mt-1 text-3xl font-bold tabular-nums">{value}</p>
          </Card>
        ))}
      </div>
      <Card title="Users by role">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-2 font-medium">Role</th>
              <th scope="col" className="py-2 text-right font-medium">Users</th>
            </tr>
          </thead>
          <tbody>
            {counts.byRole.map(({ role, count }) => (
              <tr key={role} className="border-b border-slate-100 last:border-0">
                <td className="py-2 font-medium">{role}</td>
                <td className="py-2 text-right tabular-nums">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Sign-ins, last 14 days">
        <ActivityChart days={activity} />
      </Card>
      <Card title="Latest security events">
        <AuditTable rows={latest.rows} />
      </Card>
    </PageShell>
  );
}
