// The Auth.js instance for the Node runtime: Prisma adapter, Credentials, the session registry.
// middleware.ts must never import this file (Prisma, bcrypt workers): it reads the cookie with
// lib/edge/session-token.ts instead.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { loginSchema } from "@/lib/validation/auth";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { startSession, type StartSessionOptions } from "@/lib/sessions/start-session";
import { endSession } from "@/lib/sessions/end-session";
import { refreshClaims } from "@/lib/sessions/refresh-claims";
import { requestContext } from "@/lib/http/request-context";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import type { SessionClaims } from "@/lib/edge/session-token";
import { withoutImplicitLinking } from "./adapter";
import { readDeviceCookie, rememberDevice } from "./device-cookie";
import { clearPendingSignInCookie, readPendingSignInCookie, setPendingSignInCookie } from "./pending-sign-in-cookie";
import { hasSecondFactor } from "@/lib/factors/second-factor-status";
import { createPendingSignIn } from "@/lib/factors/create-pending-sign-in";
import { completeSecondFactor } from "@/lib/factors/complete-second-factor";
import { now as clockNow } from "@/lib/clock";
import { completeSecondStepWithPasskey } from "@/lib/passkeys/complete-second-step";
import { signInWithPasskey } from "@/lib/passkeys/sign-in-with-passkey";
import { assertionSchema, type Assertion } from "@/lib/validation/passkeys";
import { readPasskeyBrowserToken } from "./passkey-browser-cookie";
import { authLogger } from "./auth-logger";
import { socialProviders } from "./providers";
import { authorizeSocialSignIn, isSocialAccount, socialSessionClaims } from "./social-sign-in";

/** Thrown by authorize when a rate limit refuses the attempt, with the wait it asks for. */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** Thrown by authorize when the password was right and the account has a second factor: no session yet. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor_required";
}

/** Thrown by the second-factor step when there is no live pending sign-in (expired, used, too many wrong codes). */
export class PendingSignInExpired extends CredentialsSignin {
  code = "pending_sign_in_expired";
}

declare module "next-auth" {
  interface User {
    sid?: string;
    roles?: string[];
    sv?: number;
    sexp?: number;
    rem?: boolean;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
    roles?: string[];
    sv?: number;
    sexp?: number;
    rdue?: number;
    rem?: boolean;
  }
}

/** A passkey's answer, sent to a Credentials provider as JSON text; null when it is not one. */
/** A complete sign-in: a registered session, and what the JWT callback puts in the cookie. */
async function startSignedInSession(options: StartSessionOptions) {
  const session = await startSession(options);
  return {
    id: options.userId,
    sid: session.id,
    roles: session.roles,
    sv: session.sessionVersion,
    sexp: Math.floor(session.expires.getTime() / 1000),
    rem: options.remember,
  };
}

function parseAssertion(raw: unknown): Assertion | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 16_384) return null;
  try {
    const parsed = assertionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const config = {
  // The adapter stores users and linked accounts; sessions stay JWTs backed by our registry.
  // Cast: the adapter is typed against @prisma/client's default output, ours is generated elsewhere.
  adapter: withoutImplicitLinking(PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0])),
  session: { strategy: "jwt", maxAge: settings().session.rememberMaxAgeSeconds },
  trustHost: true,
  // Secure, __Secure-/__Host- prefixed cookies exactly when AUTH_URL is https (docs/security.md, "Cookies");
  // lib/edge/session-token.ts reads the same name.
  useSecureCookies: settings().secureCookies,
  pages: { signIn: "/login", error: "/login" },
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, remember: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse({
          email: raw.email,
          password: raw.password,
          remember: raw.remember === "true",
        });
        if (!parsed.success) throw new CredentialsSignin();
        const { email, password, remember } = parsed.data;
        const context = requestContext(request.headers);

        const deviceCookie = readDeviceCookie(request.headers);
        const check = await signInWithPassword({ email, password, context, deviceCookie });
        if (!check.ok) throw check.reason === "rate-limited" ? new SignInRateLimited(check.retryAfterSeconds) : new CredentialsSignin();
        if (await hasSecondFactor(check.userId)) {
          const pending = await createPendingSignIn({ userId: check.userId, method: "credentials", remember });
          await setPendingSignInCookie(pending.token);
          throw new SecondFactorRequired();
        }
        // Only a complete sign-in makes this browser a known client (lib/devices/device-token.ts).
        await rememberDevice(check.userId, deviceCookie);
        return startSignedInSession({ userId: check.userId, remember, context, method: "credentials" });
      },
    }),
    // The second step of a sign-in (lib/factors): the pending sign-in in the browser's cookie and a
    // code, or one of the account's passkeys (lib/passkeys/complete-second-step.ts).
    Credentials({
      id: "second-factor",
      credentials: { code: {}, assertion: {} },
      async authorize(raw, request) {
        const code = typeof raw.code === "string" ? raw.code.slice(0, 64) : "";
        const context = requestContext(request.headers);
        const token = await readPendingSignInCookie();
        const assertion = parseAssertion(raw.assertion);
        const result = assertion
          ? await completeSecondStepWithPasskey({ token, assertion, browser: await readPasskeyBrowserToken(), context, now: clockNow() })
          : await completeSecondFactor({ token, code, context });
        if (!result.ok) {
          if (result.reason === "rate-limited") throw new SignInRateLimited(result.retryAfterSeconds);
          if (result.reason === "expired") {
            await clearPendingSignInCookie();
            throw new PendingSignInExpired();
          }
          throw new CredentialsSignin();
        }
        await clearPendingSignInCookie();
        if (result.method === "credentials") await rememberDevice(result.userId, readDeviceCookie(request.headers));
        return startSignedInSession({ userId: result.userId, remember: result.remember, context, method: result.method });
      },
    }),
    // A passkey alone (lib/passkeys/sign-in-with-passkey.ts): a complete sign-in, like a password
    // with its second step; the same session registry, device cookie and audit event.
    Credentials({
      id: "passkey",
      credentials: { assertion: {}, remember: {} },
      async authorize(raw, request) {
        const assertion = parseAssertion(raw.assertion);
        if (!assertion) throw new CredentialsSignin();
        const remember = raw.remember === "true";
        const context = requestContext(request.headers);
        const result = await signInWithPasskey({ assertion, browser: await readPasskeyBrowserToken(), context, now: clockNow() });
        if (!result.ok) throw new CredentialsSignin();
        await rememberDevice(result.userId, readDeviceCookie(request.headers));
        return startSignedInSession({ userId: result.userId, remember, context, method: "passkey" });
      },
    }),
    ...socialProviders(),
  ],
  callbacks: {
    // Auth.js's own endpoints follow the same redirect rule as the sign-in form.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackUrl(path)}`;
    },
    // Provider sign-ins pass Gatehouse's linking rules (lib/accounts/sign-in-with-provider.ts).
    async signIn({ account, profile }) {
      return isSocialAccount(account) ? authorizeSocialSignIn(account, profile) : true;
    },
    // Only the claims lib/edge/session-token.ts reads go into the token: no email, no name.
    async jwt({ token, user, account }) {
      if (user && isSocialAccount(account)) {
        const claims = await socialSessionClaims(user.id as string, account.provider);
        return { ...claims, rdue: Math.floor(Date.now() / 1000) + settings().session.roleRefreshSeconds };
      }
      if (user) {
        const claims: Pick<SessionClaims, "sub" | "sid" | "roles" | "sv" | "sexp" | "rdue" | "rem"> = {
          sub: user.id as string,
          sid: user.sid as string,
          roles: user.roles ?? [],
          sv: user.sv ?? 0,
          sexp: user.sexp ?? 0,
          rdue: Math.floor(Date.now() / 1000) + settings().session.roleRefreshSeconds,
          rem: user.rem === true,
        };
        return claims;
      }
      // Every later pass (GET /api/auth/session, /auth/refresh) asks the registry: a token whose
      // session is over is refused (Auth.js then clears the cookie), a live one gets today's roles.
      if (!token.sub || !token.sid || typeof token.sv !== "number") return null;
      const fresh = await refreshClaims({ userId: token.sub, sessionId: token.sid, sessionVersion: token.sv });
      if (!fresh) return null;
      return { ...token, roles: fresh.roles, rdue: fresh.rdue };
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sid || !token.sub) return;
      const { headers } = await import("next/headers");
      await endSession({ sessionId: token.sid, userId: token.sub, context: requestContext(await headers()) });
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut, unstable_update: updateSession } = NextAuth(config);
