// The Auth.js instance for the Node runtime: Prisma adapter, Credentials, the session registry.
// middleware.ts must never import this file (Prisma, bcrypt workers): it reads the cookie with
// lib/auth/session-token.ts instead.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { loginSchema } from "@/lib/validation/auth";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { startSession } from "@/lib/sessions/start-session";
import { endSession } from "@/lib/sessions/end-session";
import { requestContext } from "@/lib/http/request-context";
import type { SessionClaims } from "./session-token";

/** Thrown by authorize when a rate limit refuses the attempt; `code` carries the wait in seconds. */
export class SignInRateLimited extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited_${retryAfterSeconds}`;
  }
}

declare module "next-auth" {
  interface User {
    sid?: string;
    roles?: string[];
    sv?: number;
    sexp?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
    roles?: string[];
    sv?: number;
    sexp?: number;
  }
}

const config = {
  // The adapter stores users and linked accounts; sessions stay JWTs backed by our registry.
  // Cast: the adapter is typed against @prisma/client's default output, ours is generated elsewhere.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: "jwt", maxAge: settings().session.rememberMaxAgeSeconds },
  trustHost: true,
  // Secure, __Secure-/__Host- prefixed cookies exactly when AUTH_URL is https (README, "Cookies");
  // lib/auth/session-token.ts reads the same name.
  useSecureCookies: settings().secureCookies,
  pages: { signIn: "/login", error: "/login" },
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

        const check = await signInWithPassword({ email, password, context });
        if (!check.ok) throw check.reason === "rate-limited" ? new SignInRateLimited(check.retryAfterSeconds) : new CredentialsSignin();
        const session = await startSession({ userId: check.userId, remember, context, method: "credentials" });
        return {
          id: check.userId,
          sid: session.id,
          roles: session.roles,
          sv: session.sessionVersion,
          sexp: Math.floor(session.expires.getTime() / 1000),
        };
      },
    }),
  ],
  callbacks: {
    // Only the claims lib/auth/session-token.ts reads go into the token: no email, no name.
    jwt({ token, user }) {
      if (user) {
        const claims: Pick<SessionClaims, "sub" | "sid" | "roles" | "sv" | "sexp"> = {
          sub: user.id as string,
          sid: user.sid as string,
          roles: user.roles ?? [],
          sv: user.sv ?? 0,
          sexp: user.sexp ?? 0,
        };
        return claims;
      }
      return token;
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

export const { handlers, auth, signIn, signOut } = NextAuth(config);
