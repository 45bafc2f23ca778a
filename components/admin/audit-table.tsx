import Link from "next/link";
import type { AuditRow } from "@/lib/admin/list-audit-events";
import { DateTime } from "@/components/ui/date-time";

function Person({ person }: { person: AuditRow["actor"] }) {
  if (!person) return <>—</>;
  return person.email ? <Link href={`/admin/users/${person.id}`} className="text-indigo-800 underline-offset-2 hover:underline">{person.email}</Link> : <span className="text-slate-500">{person.id}</span>;
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="py-4 text-slate-600">No events.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">Time</th>
            <th scope="col" className="py-2 pr-3 font-medium">Event</th>
            <th scope="col" className="py-2 pr-3 font-medium">Actor</th>
            <th scope="col" className="py-2 pr-3 font-medium">Subject</th>
            <th scope="col" className="py-2 pr-3 font-medium">IP</th>
            <th scope="col" className="py-2 font-medium">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => (
            <tr key={event.id} className="border-b border-slate-100 align-top last:border-0" data-testid="audit-row">
              <td className="py-2 pr-3 whitespace-nowrap"><DateTime value={event.createdAt} /></td>
              <td className="py-2 pr-3 font-mono text-xs">{event.type}</td>
              <td className="py-2 pr-3"><Person person={event.actor} /></td>
              <td className="py-2 pr-3"><Person person={event.subject} /></td>
              <td className="py-2 pr-3">{event.ip ?? "—"}</td>
              <td className="py-2 font-mono text-xs break-all" title={event.userAgent ?? undefined}>{event.details ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
