import "server-only";
import { headers } from "next/headers";
import { requestContext } from "@/lib/http/request-context";
import { endSession } from "@/lib/sessions/end-session";
import type { CurrentSession } from "./dal";
import { keepSessionOnlyCookie } from "./session-cookie";

/** After a sign-in set a session cookie: its lifetime, and the browser's earlier session ended. */
export async function finishBrowserSignIn(previous: CurrentSession | null): Promise<void> {
  await keepSessionOnlyCookie();
  if (previous) {
    // The browser's earlier session is replaced, so it must not stay valid elsewhere.
    await endSession({ sessionId: previous.sessionId, userId: previous.user.id, context: requestContext(await headers()) });
  }
}
