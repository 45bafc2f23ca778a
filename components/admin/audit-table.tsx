import Link from "next/link";
import type { AuditRow } from "@/lib/admin/list-audit-events";
import { DateTime } from "@/components/ui/date-time";
import { auditDetailEntries, auditEventLabel } from "@/lib/audit/event-labels";

function Details({ event }: { event: AuditRow }) {
  const entries = auditDetailEntries(event.details);
  if (event.userAgent) entries.push(["browser", event.userAgent]);
  if (entries.length === 0) return <>—</>;
  return (
    <details>
      <summary className="cursor-pointer text-indigo-800 focus-visible:outline-2 focus-visible:outline-indigo-700">
        {entries.length === 1 ? "1 detail" : `${entries.length} details`}
      </summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        {entries.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600">{key}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Person({ person }: { person: AuditRow["actor"] }) {
  if (!person) return <>—</>;
  return person.email ? <Link href={`/admin/users/${person.id}`} className="text-indigo-800 underline-offset-2 hover:underline">{person.email}</Link> : <span className="text-slate-500">{person.id}</span>;
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="py-4 text-slate-600">No events.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="card-table w-full text-left text-sm" data-testid="audit-table">
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
              <td data-label="Time" className="py-2 pr-3 whitespace-nowrap"><DateTime value={event.createdAt} /></td>
              <td data-label="Event" className="py-2 pr-3">
                {/* One element: on phones the cell is a label-and-value grid. */}
                <div>
                  <span className="font-medium">{auditEventLabel(event.type)}</span>
                  <span className="block font-mono text-xs text-slate-600">{event.type}</span>
                </div>
              </td>
              <td data-label="Actor" className="py-2 pr-3"><Person person={event.actor} /></td>
              <td data-label="Subject" className="py-2 pr-3"><Person person={event.subject} /></td>
              <td data-label="IP" className="py-2 pr-3">{event.ip ?? "—"}</td>
              <td data-label="Details" className="py-2"><Details event={event} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
