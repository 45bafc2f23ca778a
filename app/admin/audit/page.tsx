import { auditEventLabel } from "@/lib/audit/event-labels";
import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import { requirePermission } from "@/lib/auth/dal";
import { listAuditLog } from "@/lib/admin/list-audit-events";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { auditQuerySchema } from "@/lib/validation/admin";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditTable } from "@/components/admin/audit-table";
import { KeysetPager } from "@/components/ui/keyset-pager";

const PERMISSION = "audit:read" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "Security log · Admin · Gatehouse");

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission(PERMISSION, "/admin/audit");
  const raw = await searchParams;
  const query = auditQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const page = await listAuditLog(query);
  const types = [...new Set(Object.values(AUDIT_EVENTS))].sort();

  // A plain GET form: the filters are the URL, so views can be shared and bookmarked.
  return (
    <PageShell title="Security log" intro="Every security-relevant event, newest first.">
      <AdminNav />
      <Card>
        <form method="get" className="grid gap-4 sm:grid-cols-6" role="search">
          <div className="sm:col-span-2">
            <label htmlFor="audit-type" className="block text-sm font-medium">Event type</label>
            <select id="audit-type" name="type" defaultValue={query.type} className={FIELD}>
              <option value="">Any event</option>
              {types.map((type) => <option key={type} value={type}>{auditEventLabel(type)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="audit-actor" className="block text-sm font-medium">Actor (email or id)</label>
            <input id="audit-actor" name="actor" defaultValue={query.actor} className={FIELD} />
          </div>
          <div>
            <label htmlFor="audit-subject" className="block text-sm font-medium">Subject (email or id)</label>
            <input id="audit-subject" name="subject" defaultValue={query.subject} className={FIELD} />
          </div>
          <div>
            <label htmlFor="audit-from" className="block text-sm font-medium">From</label>
            <input id="audit-from" name="from" type="date" defaultValue={query.from} className={FIELD} />
          </div>
          <div>
            <label htmlFor="audit-to" className="block text-sm font-medium">To</label>
            <input id="audit-to" name="to" type="date" defaultValue={query.to} className={FIELD} />
          </div>
          <div className="sm:col-span-6">
            <Button type="submit">Filter</Button>
          </div>
        </form>
      </Card>
      <Card>
        <AuditTable rows={page.rows} />
        <KeysetPager path="/admin/audit" query={query} page={page} rangeTestId="audit-range" />
      </Card>
    </PageShell>
  );
}
