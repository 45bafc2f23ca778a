import Link from "next/link";
import type { UserRow } from "@/lib/admin/search-users";
import { CardTable, type CardTableColumn } from "@/components/ui/card-table";
import { DateTime } from "@/components/ui/date-time";

const COLUMNS: CardTableColumn<UserRow>[] = [
  {
    name: "Email",
    cell: (user) => (
      <Link href={`/admin/users/${user.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
        {user.email}
      </Link>
    ),
  },
  { name: "Name", cell: (user) => user.name ?? "—" },
  { name: "Roles", cell: (user) => user.roles.join(", ") },
  { name: "Status", cell: (user) => (user.isActive ? "Active" : "Deactivated") },
  { name: "Sign-in", cell: (user) => user.methods.join(", ") || "—" },
  { name: "Second factor", testId: "user-second-factors", cell: (user) => user.secondFactors.join(", ") || "None" },
  { name: "Created", cell: (user) => <DateTime value={user.createdAt} /> },
  { name: "Last sign-in", cell: (user) => <DateTime value={user.lastLoginAt} fallback="Never" /> },
];

export function UsersTable({ rows }: { rows: UserRow[] }) {
  return <CardTable columns={COLUMNS} rows={rows} rowKey={(user) => user.id} testId="users-table" rowTestId="user-row" empty="No user matches." className="mt-2" />;
}
