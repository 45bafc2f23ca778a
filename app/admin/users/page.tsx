import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
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
import { KeysetPager } from "@/components/ui/keyset-pager";
import { AdminNav } from "@/components/admin/admin-nav";
import { UsersFilter } from "@/components/admin/users-filter";
import { UsersTable } from "@/components/admin/users-table";

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
        <UsersTable rows={page.rows} />
        <KeysetPager path="/admin/users" query={{ ...query, sort: query.sort === "created" ? "" : query.sort }} page={page} rangeTestId="users-range" />
      </Card>
    </PageShell>
  );
}
