import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { listActiveSessions } from "@/lib/sessions/list-active-sessions";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmLink, ConfirmStep } from "@/components/ui/confirm-step";
import { SignOutEverywhereStep } from "@/components/settings/sign-out-everywhere-step";
import { countParam, endedInWords } from "@/lib/sessions/ended-in-words";
import { Notice } from "@/components/ui/notice";
import { DateTime } from "@/components/ui/date-time";
import { listTokenFamilies } from "@/lib/tokens/list-token-families";
import { TokenFamilyList } from "@/components/sessions/token-family-list";
import { endOtherSessionsAction, endSessionAction, endTokenFamilyAction, signOutEverywhereAction } from "../actions";

export const metadata: Metadata = { title: "Sessions · Settings · Gatehouse" };

const MESSAGES: Record<string, (count: number) => string> = {
  one: () => "The session was ended.",
  others: (count) => `You signed out of ${endedInWords({ sessions: count })} besides this one.`,
  app: () => "The app was signed out.",
};

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { sessionId: current, user } = await requirePermission("account:read", "/settings/sessions");
  const [sessions, families] = await Promise.all([listActiveSessions(user.id), listTokenFamilies(user.id)]);
  const { ended, count, confirm } = await searchParams;
  const message = typeof ended === "string" ? MESSAGES[ended]?.(countParam(count)) : undefined;
  const others = sessions.length - 1;
  return (
    <PageShell title="Your sessions" intro="Every browser where your account is signed in. End any you do not recognise.">
      {message ? <Notice tone="success" testId="sessions-notice">{message}</Notice> : null}
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="session-list">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-4 py-3" data-testid="session-row" data-session-id={session.id}>
              <div>
                <p className="font-medium">
                  {session.device.browser} on {session.device.os}
                  {session.id === current ? (
                    <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900" data-testid="this-device">
                      This device
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  IP {session.ip ?? "unknown"} · signed in <DateTime value={session.createdAt} /> · last seen <DateTime value={session.lastSeenAt} />
                  {session.remember ? " · remembered" : ""}
                </p>
              </div>
              <form action={endSessionAction}>
                <input type="hidden" name="sessionId" value={session.id} />
                <Button type="submit" variant="secondary">{session.id === current ? "Sign out" : "End session"}</Button>
              </form>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">Apps signed in with tokens</h2>
        <p className="mb-3 text-sm text-slate-600">Mobile apps, command-line tools and other apps that signed in to the Gatehouse API.</p>
        <TokenFamilyList families={families} endAction={endTokenFamilyAction} />
      </Card>
      {confirm === "end-others" && others > 0 ? (
        <ConfirmStep
          title="End all other sessions?"
          action={endOtherSessionsAction}
          confirmLabel={`Sign out of ${endedInWords({ sessions: others })}`}
          pendingLabel="Signing out…"
          cancelHref="/settings/sessions"
        >
          This signs your account out of {endedInWords({ sessions: others })} besides this one. This device stays signed in.
        </ConfirmStep>
      ) : confirm === "sign-out-everywhere" ? (
        <SignOutEverywhereStep
          what={endedInWords({ sessions: sessions.length, tokenFamilies: families.length })}
          action={signOutEverywhereAction}
          cancelHref="/settings/sessions"
        />
      ) : (
        <div className="flex flex-wrap gap-3">
          {others > 0 ? (
            <ConfirmLink href="/settings/sessions?confirm=end-others" variant="secondary">
              End all other sessions…
            </ConfirmLink>
          ) : null}
          <ConfirmLink href="/settings/sessions?confirm=sign-out-everywhere">Sign out everywhere…</ConfirmLink>
        </div>
      )}
    </PageShell>
  );
}
