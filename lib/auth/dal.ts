// The data access layer: who is asking, and may they. Every protected page, server action and
// route handler calls one of these; middleware.ts is only an optimistic first gate.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { findSessionRecord } from "@/lib/sessions/find-session-record";
import { judgeSession, type SessionVerdict } from "@/lib/sessions/policy";
import { touchLastSeen } from "@/lib/sessions/touch-last-seen";
import { hasPermission, permissionsOf, type Permission } from "@/lib/edge/roles";
import { readSessionClaims } from "@/lib/edge/session-token";
import { GATE_REFUSAL, GATE_REFUSAL_HEADER } from "@/lib/edge/gate-refusal";
import { lacksRequiredSecondFactor, SECOND_FACTOR_REQUIRED_MESSAGE, secondFactorRequiredUrl } from "./second-factor-requirement";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  /** Null until the address is confirmed through an emailed link (or a provider vouched for it). */
  emailVerified: Date | null;
  roles: string[];
  lastLoginAt: Date | null;
  createdAt: Date;
};

export type CurrentSession = { sessionId: string; user: CurrentUser; permissions: Set<Permission> };

export type SessionLookup =
  | { status: "signed-in"; session: CurrentSession }
  | { status: "anonymous" }
  | { status: "ended"; reason: Exclude<SessionVerdict, "active"> | "unknown-session" };

/** Reads the session cookie once per request and checks it against the database. */
export const lookupSession = cache(async (): Promise<SessionLookup> => {
  const claims = await readSessionClaims(await cookies(), process.env.AUTH_SECRET);
  if (!claims) return { status: "anonymous" };

  const row = await findSessionRecord(claims.sid);
  if (!row || row.userId !== claims.sub) return { status: "ended", reason: "unknown-session" };

  const now = new Date();
  const verdict = judgeSession(row, claims.sv, now);
  if (verdict !== "active") return { status: "ended", reason: verdict };

  await touchLastSeen({ sessionId: claims.sid, lastSeenAt: row.lastSeenAt, now });

  const { id, email, name, emailVerified, lastLoginAt, createdAt, roles } = row.user;
  return {
    status: "signed-in",
    session: {
      sessionId: claims.sid,
      user: { id, email, name, emailVerified, lastLoginAt, createdAt, roles },
      permissions: permissionsOf(roles),
    },
  };
});

/** The signed-in session, or null. For pages that adapt to the viewer (the landing page, nav). */
export async function getCurrentSession(): Promise<CurrentSession | null> {
  const lookup = await lookupSession();
  return lookup.status === "signed-in" ? lookup.session : null;
}

/** For pages and server actions: sends anonymous visitors to /login and ended sessions to be cleared. */
export async function requireUser(returnTo?: string): Promise<CurrentSession> {
  const lookup = await lookupSession();
  if (lookup.status === "signed-in") return lookup.session;
  if (lookup.status === "ended") redirect("/auth/session-ended");
  redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
}

/**
 * For pages and server actions: a signed-in user without the permission gets the 403 page; one
 * whose role requires a second factor they have not set up is sent to set it up (and back to
 * `returnTo` afterwards), so their pages never render and their actions never run.
 */
export async function requirePermission(permission: Permission, returnTo?: string): Promise<CurrentSession> {
  // The edge gate already refused this request's role claim: no need to ask the database.
  if (await refusedAtTheGate()) forbidden();
  const session = await requireUser(returnTo);
  if (!hasPermission(session.user.roles, permission)) forbidden();
  if (await lacksRequiredSecondFactor(session.user, permission)) redirect(secondFactorRequiredUrl(returnTo));
  return session;
}

async function refusedAtTheGate(): Promise<boolean> {
  return (await headers()).get(GATE_REFUSAL_HEADER) === GATE_REFUSAL;
}

/**
 * Whether requirePermission answers this request with the 403 page. For the page's metadata,
 * which Next resolves apart from the page and keeps when the page calls forbidden().
 */
export async function isForbidden(permission: Permission): Promise<boolean> {
  if (await refusedAtTheGate()) return true;
  const session = await getCurrentSession();
  return session !== null && !hasPermission(session.user.roles, permission);
}

export type ApiAccess =
  | { ok: true; session: CurrentSession }
  | { ok: false; response: Response };

/** For route handlers: JSON 401/403 instead of redirects. */
export async function authorizeApi(permission: Permission): Promise<ApiAccess> {
  const lookup = await lookupSession();
  if (lookup.status !== "signed-in") {
    return { ok: false, response: Response.json({ error: "Sign in required" }, { status: 401 }) };
  }
  if (!hasPermission(lookup.session.user.roles, permission)) {
    return { ok: false, response: Response.json({ error: "Forbidden" }, { status: 403 }) };
  }
  if (await lacksRequiredSecondFactor(lookup.session.user, permission)) {
    return { ok: false, response: Response.json({ error: SECOND_FACTOR_REQUIRED_MESSAGE }, { status: 403 }) };
  }
  return { ok: true, session: lookup.session };
}
