import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import Link from "next/link";
import { Suspense } from "react";
import { requirePermission } from "@/lib/auth/dal";
import { listRoleNames } from "@/lib/admin/list-role-names";
import { searchUsers } from "@/lib/admin/search-users";
import { readOwnDeletion } from "@/lib/admin/read-own-deletion";
import { usersQuerySchema } from "@/lib/validation/admin";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { endedInWords } from "@/lib/sessions/ended-in-words";
import { DateTime } from "@/components/ui/date-time";
import { AdminNav } from "@/components/admin/admin-nav";
import { UsersFilter } from "@/components/admin/users-filter";

const PERMISSION = "users:read" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "Users · Admin · Gatehouse");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const { user: viewer } = await requirePermission(PERMISSION, "/admin/users");
  const raw = await searchParams;
  const query = usersQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])));
  const [page, roles, deleted] = await Promise.all([
    searchUsers(query),
    listRoleNames(),
    first(raw.notice) === "deleted" ? readOwnDeletion({ eventId: first(raw.event), actorId: viewer.id }) : null,
  ]);
  // The filters and sort stay; the cursor says which way to go from here.
  const href = (cursor: { after?: string; before?: string }) =>
    `/admin/users?${new URLSearchParams(Object.entries({ ...query, after: "", before: "", ...cursor }).filter(([, value]) => value !== "" && value !== "created"))}`;
  return (
    <PageShell title="Users" intro="Find any account, then open it to change roles, status or sessions.">
      <AdminNav />
      {deleted ? (
        <Notice tone="success" testId="admin-notice">
          Deleted {deleted.email} and signed them out of {endedInWords(deleted.ended)}.
        </Notice>
      ) : null}
      <Card>
        <Suspense>
          <UsersFilter roles={roles} />
        </Suspense>
        <p className="mt-4 text-sm text-slate-600" data-testid="users-total">
          {page.total} {page.total === 1 ? "user" : "users"}
        </p>
        <div className="mt-2 overflow-x-auto">
          <table className="card-table w-full text-left text-sm" data-testid="users-table">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">Email</th>
                <th scope="col" className="py-2 pr-3 font-medium">Name</th>
                <th scope="col" className="py-2 pr-3 font-medium">Roles</th>
                <th scope="col" className="py-2 pr-3 font-medium">Status</th>
                <th scope="col" className="py-2 pr-3 font-medium">Sign-in</th>
                <th scope="col" className="py-2 pr-3 font-medium">Second factor</th>
                <th scope="col" className="py-2 pr-3 font-medium">Created</th>
                <th scope="col" className="py-2 font-medium">Last sign-in</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((user) => (
                <tr key={user.id} className="border-b border-slate-100 last:border-0" data-testid="user-row">
                  <td data-label="Email" className="py-2 pr-3">
                    <Link href={`/admin/users/${user.id}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
                      {user.email}
                    </Link>
                  </td>
                  <td data-label="Name" className="py-2 pr-3">{user.name ?? "—"}</td>
                  <td data-label="Roles" className="py-2 pr-3">{user.roles.join(", ")}</td>
                  <td data-label="Status" className="py-2 pr-3">{user.isActive ? "Active" : "Deactivated"}</td>
                  <td data-label="Sign-in" className="py-2 pr-3">{user.methods.join(", ") || "—"}</td>
                  <td data-label="Second factor" className="py-2 pr-3" data-testid="user-second-factors">{user.secondFactors.join(", ") || "None"}</td>
                  <td data-label="Created" className="py-2 pr-3"><DateTime value={user.createdAt} /></td>
                  <td data-label="Last sign-in" className="py-2"><DateTime value={user.lastLoginAt} fallback="Never" /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.rows.length === 0 ? <p className="py-6 text-center text-slate-600">No user matches.</p> : null}
        </div>
        <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {page.rows.length > 0 ? (
            <p className="text-slate-600" data-testid="users-range">
              {page.rowsBefore + 1}–{page.rowsBefore + page.rows.length} of {page.total}
            </p>
          ) : null}
          {page.previousCursor ? (
            <>
              <Link href={href({})} className="font-medium text-indigo-800 underline">
                First page
              </Link>
              <Link href={href({ before: page.previousCursor })} className="font-medium text-indigo-800 underline" rel="prev">
                Previous page
              </Link>
            </>
          ) : null}
          {page.nextCursor ? (
            <Link href={href({ after: page.nextCursor })} className="font-medium text-indigo-800 underline" rel="next">
              Next page
            </Link>
          ) : null}
        </nav>
      </Card>
    </PageShell>
  );
}
