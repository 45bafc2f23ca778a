import Link from "next/link";
import type { AuditRow } from "@/lib/admin/list-audit-events";
import { CardTable, type CardTableColumn } from "@/components/ui/card-table";
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

const COLUMNS: CardTableColumn<AuditRow>[] = [
  { name: "Time", className: "whitespace-nowrap", cell: (event) => <DateTime value={event.createdAt} /> },
  {
    name: "Event",
    cell: (event) => (
      // One element: on phones the cell is a label-and-value grid.
      <div>
        <span className="font-medium">{auditEventLabel(event.type)}</span>
        <span className="block font-mono text-xs text-slate-600">{event.type}</span>
      </div>
    ),
  },
  { name: "Actor", cell: (event) => <Person person={event.actor} /> },
  { name: "Subject", cell: (event) => <Person person={event.subject} /> },
  { name: "IP", cell: (event) => event.ip ?? "—" },
  { name: "Details", cell: (event) => <Details event={event} /> },
];

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return <CardTable columns={COLUMNS} rows={rows} rowKey={(event) => event.id} testId="audit-table" rowTestId="audit-row" rowClassName="align-top" empty="No events." />;
}
