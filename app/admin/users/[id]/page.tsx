import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { getUserDetail } from "@/lib/admin/get-user-detail";
import { confirmStepHref, userPageHref } from "@/lib/admin/user-page-href";
import { GUARD_RAIL_MESSAGES, type GuardRailRefusal } from "@/lib/admin/guard-rails";
import { idSchema } from "@/lib/validation/sessions";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ConfirmLink, ConfirmStep } from "@/components/ui/confirm-step";
import { countParam, endedInWords } from "@/lib/sessions/ended-in-words";
import { DateTime } from "@/components/ui/date-time";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditTable } from "@/components/admin/audit-table";
import { secondFactorStatus } from "@/lib/factors/second-factor-status";
import { listTokenFamilies } from "@/lib/tokens/list-token-families";
import { TokenFamilyList } from "@/components/sessions/token-family-list";
import { changeRoleAction, deleteUserAction, endUserTokenFamilyAction, resetSecondFactorAction, setActiveAction, signOutUserEverywhereAction, unlockUserAction } from "../../actions";

const PERMISSION = "users:read" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "User · Admin · Gatehouse");

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const ended = (query: Query) => endedInWords({ sessions: countParam(query.devices), tokenFamilies: countParam(query.apps) });

/** What happened, said after the redirect; the counts come back in the URL. */
const NOTICES: Record<string, string | ((email: string, query: Query) => string)> = {
  "role-added": (email, query) => `Gave ${email} the ${one(query.role) ?? "new"} role. It applies from their next request.`,
  "role-removed": (email, query) => `Removed the ${one(query.role) ?? ""} role from ${email}. It applies from their next request.`,
  activated: (email) => `Activated ${email}: they can sign in again.`,
  deactivated: (email, query) => `Deactivated ${email} and signed them out of ${ended(query)}.`,
  "signed-out": (email, query) => `Signed ${email} out of ${ended(query)}.`,
  unlocked: "The sign-in lock and the failed-attempt count are cleared.",
  "factor-reset": (email) => `Reset the second factor of ${email}: the authenticator app, passkeys and recovery codes are gone, and they were emailed.`,
  "app-ended": "The app's token sign-in has ended.",
};

const ERRORS: Record<string, string> = {
  ...GUARD_RAIL_MESSAGES,
  "not-found": "That account no longer exists.",
  conflict: "Another change to this account happened at the same time. Try again.",
  confirmation: "Type the account's email exactly to delete it.",
} satisfies Record<GuardRailRefusal | string, string>;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUserPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission(PERMISSION, userPageHref(id));
  if (!idSchema.safeParse(id).success) notFound();
  const user = await getUserDetail(id);
  if (!user) notFound();
  const families = await listTokenFamilies(user.id);
  const query = await searchParams;
  const { notice, error, confirm } = query;
  const { locked } = user;
  const factors = await secondFactorStatus(user.id);
  const hasFactors = factors.totp || factors.recoveryCodesLeft > 0 || factors.passkeys > 0;
  const noticeEntry = typeof notice === "string" ? NOTICES[notice] : undefined;
  const noticeText = typeof noticeEntry === "function" ? noticeEntry(user.email, query) : noticeEntry;
  const page = userPageHref(user.id);
  const confirmRole = confirm === "remove-role" ? user.roles.find((role) => role === one(query.role)) : undefined;
  const signedIn = endedInWords({ sessions: user.sessions.length, tokenFamilies: families.length });
  const errorText = typeof error === "string" ? ERRORS[error] : undefined;

  return (
    <PageShell title={user.name ?? user.email} intro={user.email}>
      <AdminNav />
      {noticeText ? <Notice tone="success" testId="admin-notice">{noticeText}</Notice> : null}
      {errorText ? <Notice tone="error" testId="admin-error">{errorText}</Notice> : null}

      <Card title="Profile">
        <dl className="grid gap-4 sm:grid-cols-3" data-testid="user-profile">
          <div><dt className="text-sm text-slate-600">Status</dt><dd className="font-medium" data-testid="user-status">{user.isActive ? "Active" : "Deactivated"}</dd></div>
          <div><dt className="text-sm text-slate-600">Sign-in methods</dt><dd className="font-medium">{user.methods.join(", ") || "—"}</dd></div>
          <div>
            <dt className="text-sm text-slate-600">Second factor</dt>
            <dd className="font-medium" data-testid="user-second-factor">
              {factors.totp ? `Authenticator app · ${factors.recoveryCodesLeft} recovery codes left` : factors.on ? `Passkeys · ${factors.recoveryCodesLeft} recovery codes left` : "None"}
              {factors.passkeys > 0 ? ` (${factors.passkeys === 1 ? "1 passkey" : `${factors.passkeys} passkeys`})` : ""}
            </dd>
          </div>
          <div><dt className="text-sm text-slate-600">Email verified</dt><dd className="font-medium"><DateTime value={user.emailVerified} fallback="No" /></dd></div>
          <div><dt className="text-sm text-slate-600">Created</dt><dd className="font-medium"><DateTime value={user.createdAt} /></dd></div>
          <div><dt className="text-sm text-slate-600">Last sign-in</dt><dd className="font-medium"><DateTime value={user.lastLoginAt} fallback="Never" /></dd></div>
        </dl>
      </Card>

      <Card title="Roles">
        <ul className="flex flex-wrap gap-3" data-testid="user-role-list">
          {user.allRoles.map((role) => {
            const has = user.roles.includes(role);
            // Removing a role asks first (a page of its own); adding one is undone as easily.
            return (
              <li key={role} className="flex items-center gap-2 rounded-md px-3 py-2 ring-1 ring-slate-200">
                <span className={has ? "font-semibold" : "text-slate-500"} data-testid={`role-${role}`} data-granted={has}>{role}</span>
                {has ? (
                  <ConfirmLink href={confirmStepHref(user.id, "remove-role", { role })} variant="secondary">{`Remove ${role}…`}</ConfirmLink>
                ) : (
                  <form action={changeRoleAction}>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="role" value={role} />
                    <input type="hidden" name="grant" value="true" />
                    <Button type="submit" variant="secondary" className="px-2 py-1">{`Add ${role}`}</Button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
        {confirmRole ? (
          <div className="mt-4">
            <ConfirmStep
              title={`Remove the ${confirmRole} role from ${user.email}?`}
              action={changeRoleAction}
              fields={{ userId: user.id, role: confirmRole, grant: "false" }}
              confirmLabel={`Remove ${confirmRole}`}
              pendingLabel="Removing…"
              cancelHref={page}
            >
              They lose what the {confirmRole} role allows from their next request. You can add it back later.
            </ConfirmStep>
          </div>
        ) : null}
      </Card>

      <Card title="Access">
        <p className="mb-4 text-sm text-slate-700" data-testid="user-lockout">
          {locked ? (
            <>Sign-in locked until <DateTime value={user.lockedUntil} /> after {user.failedSignInCount} failed attempts.</>
          ) : (
            <>Not locked · {user.failedSignInCount} failed sign-in{user.failedSignInCount === 1 ? "" : "s"} in a row.</>
          )}
        </p>
        <div className="flex flex-wrap gap-3">
          {user.isActive ? (
            <ConfirmLink href={confirmStepHref(user.id, "deactivate")}>Deactivate…</ConfirmLink>
          ) : (
            <form action={setActiveAction}>
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="active" value="true" />
              <Button type="submit" variant="primary">Activate</Button>
            </form>
          )}
          {locked || user.failedSignInCount > 0 ? (
            <form action={unlockUserAction}>
              <input type="hidden" name="userId" value={user.id} />
              <Button type="submit" variant="secondary">Unlock sign-in</Button>
            </form>
          ) : null}
          {hasFactors ? (
            <ConfirmLink href={confirmStepHref(user.id, "reset-second-factor")} variant="secondary">Reset second factor…</ConfirmLink>
          ) : null}
          <ConfirmLink href={confirmStepHref(user.id, "sign-out-everywhere")} variant="secondary">Sign out everywhere…</ConfirmLink>
        </div>
        {confirm === "deactivate" && user.isActive ? (
          <div className="mt-4">
            <ConfirmStep
              title={`Deactivate ${user.email}?`}
              action={setActiveAction}
              fields={{ userId: user.id, active: "false" }}
              confirmLabel="Deactivate"
              pendingLabel="Deactivating…"
              cancelHref={page}
            >
              This signs them out of {signedIn} and cancels their open emailed links. They cannot sign in until an admin activates the account again.
            </ConfirmStep>
          </div>
        ) : null}
        {confirm === "reset-second-factor" && hasFactors ? (
          <div className="mt-4">
            <ConfirmStep
              title={`Reset the second factor of ${user.email}?`}
              action={resetSecondFactorAction}
              fields={{ userId: user.id }}
              confirmLabel="Reset second factor"
              pendingLabel="Resetting…"
              cancelHref={page}
            >
              This removes their authenticator app, their passkeys and their recovery codes, and emails them. Their next sign-in asks for the password alone. Do it only once you know it is them asking, some other way than this account.
            </ConfirmStep>
          </div>
        ) : null}
        {confirm === "sign-out-everywhere" ? (
          <div className="mt-4">
            <ConfirmStep
              title={`Sign ${user.email} out everywhere?`}
              action={signOutUserEverywhereAction}
              fields={{ userId: user.id }}
              confirmLabel="Sign out everywhere"
              pendingLabel="Signing out…"
              cancelHref={page}
            >
              This signs them out of {signedIn} and cancels their open emailed links. They can sign in again straight away.
            </ConfirmStep>
          </div>
        ) : null}
      </Card>

      <Card title={`Active sessions (${user.sessions.length})`}>
        <ul className="divide-y divide-slate-100" data-testid="admin-session-list">
          {user.sessions.map((session) => (
            <li key={session.id} className="py-2 text-sm">
              {session.device.browser} on {session.device.os} · IP {session.ip ?? "unknown"} · signed in <DateTime value={session.createdAt} /> · last seen <DateTime value={session.lastSeenAt} />
            </li>
          ))}
        </ul>
        {user.sessions.length === 0 ? <p className="text-slate-600">No active sessions.</p> : null}
      </Card>

      <Card title={`Apps signed in with tokens (${families.length})`}>
        <TokenFamilyList families={families} endAction={endUserTokenFamilyAction} hidden={{ userId: user.id }} />
      </Card>

      <Card title="Recent security events">
        <AuditTable rows={user.events} />
      </Card>

      <Card title="Delete account">
        {confirm === "delete" ? (
          <ConfirmStep
            title={`Delete ${user.email}?`}
            action={deleteUserAction}
            fields={{ userId: user.id }}
            inputs={
              <>
                <label htmlFor="confirmEmail" className="block text-sm font-medium text-slate-800">
                  Type <span className="font-mono">{user.email}</span> to confirm
                </label>
                <input id="confirmEmail" name="confirmEmail" autoComplete="off" required className="mt-1 block w-full max-w-80 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" />
              </>
            }
            confirmLabel="Delete account"
            pendingLabel="Deleting…"
            cancelHref={page}
          >
            This signs them out of {signedIn}, then deletes the account with its roles and linked sign-ins. Their posts stay, without an author. This cannot be undone.
          </ConfirmStep>
        ) : (
          <ConfirmLink href={confirmStepHref(user.id, "delete")}>Delete account…</ConfirmLink>
        )}
      </Card>
    </PageShell>
  );
}
