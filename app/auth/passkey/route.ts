import { headers } from "next/headers";
import { getCurrentSession } from "@/lib/auth/dal";
import { passkeyBrowserToken } from "@/lib/auth/passkey-browser-cookie";
import { readPendingSignInCookie } from "@/lib/auth/pending-sign-in-cookie";
import { CONFIRM_IDENTITY_PATH, isSessionRecentlyAuthenticated } from "@/lib/auth/require-recent-authentication";
import { now } from "@/lib/clock";
import { refuseCrossSite } from "@/lib/edge/same-origin";
import { findPendingSignIn } from "@/lib/factors/find-pending-sign-in";
import { requestContext } from "@/lib/http/request-context";
import { startAuthentication } from "@/lib/passkeys/start-authentication";
import { startRegistration } from "@/lib/passkeys/start-registration";
import { rateLimitedResponse } from "@/lib/rate-limit/rate-limited-response";

// POST /auth/passkey {"purpose": …}: the options for navigator.credentials.create/get, and a
// challenge kept server-side for this browser (lib/passkeys/challenges.ts). A route handler, not a
// server action: a server action that sets a cookie re-renders the page, and the sign-in page asks
// for a challenge as it loads (for the browser's passkey autofill).
//   sign-in      anyone: a discoverable passkey, nobody named
//   second-step  a pending sign-in (its cookie): that account's passkeys
//   confirm      a session (step-up): its account's passkeys
//   register     a session that proved itself in the last 10 minutes: a new passkey for it

const PURPOSES = ["sign-in", "second-step", "confirm", "register"] as const;
type Purpose = (typeof PURPOSES)[number];

const NO_STORE = { "Cache-Control": "no-store" };
const answer = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE });

export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const body = (await request.json().catch(() => null)) as { purpose?: unknown } | null;
  const purpose = PURPOSES.find((name) => name === body?.purpose);
  if (!purpose) return answer({ error: "Unknown purpose" }, 400);

  const limited = await rateLimitedResponse([{ policy: "passkeyChallengePerIp", key: requestContext(await headers()).ip }]);
  if (limited) return limited;

  const userId = await accountFor(purpose);
  if (userId === undefined) return answer({ error: "Sign in again" }, 401);
  if (purpose === "register") {
    const session = await getCurrentSession();
    if (!session) return answer({ error: "Sign in again" }, 401);
    // A passkey is a new way into the account, like a linked provider: it needs a fresh proof.
    if (!(await isSessionRecentlyAuthenticated(session.sessionId))) {
      return answer({ confirm: `${CONFIRM_IDENTITY_PATH}?${new URLSearchParams({ next: "/settings/security" })}` }, 403);
    }
    const result = await startRegistration({ user: session.user, browser: await passkeyBrowserToken(), now: now() });
    if (result.status === "ready") return answer({ options: result.options });
    if (result.status === "too-many") return answer({ error: "You have as many passkeys as an account may hold. Remove one first." }, 409);
    return answer({ error: "Passkeys are not available on this server." }, 404);
  }
  const result = await startAuthentication({ purpose, userId, browser: await passkeyBrowserToken(), now: now() });
  if (result.status === "ready") return answer({ options: result.options });
  if (result.status === "no-passkey") return answer({ error: "Your account has no passkey." }, 404);
  return answer({ error: "Passkeys are not available on this server." }, 404);
}

/** The account a challenge is for: null for none, undefined when the caller is not entitled to ask. */
async function accountFor(purpose: Purpose): Promise<string | null | undefined> {
  if (purpose === "sign-in") return null;
  if (purpose === "second-step") return (await findPendingSignIn(await readPendingSignInCookie()))?.userId;
  return (await getCurrentSession())?.user.id;
}
