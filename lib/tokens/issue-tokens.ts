import "server-only";
import type { RequestContext } from "@/lib/http/request-context";
import { createPendingSignIn } from "@/lib/factors/create-pending-sign-in";
import { hasSecondFactor } from "@/lib/factors/second-factor-status";
import { signInWithPassword, type SignInWithPasswordResult } from "@/lib/users/sign-in-with-password";
import { startTokenFamily } from "./start-token-family";
import type { TokenResponse } from "./token-response";

export type IssueTokensOptions = { email: string; password: string; context: RequestContext };

/** The pending sign-in's method: only POST /api/v1/auth/second-factor completes it. */
export const TOKEN_API_SIGN_IN_METHOD = "token-api";

export type IssueTokensResult =
  | { ok: true; tokens: TokenResponse }
  | { ok: false; reason: "second-factor-required"; mfaToken: string }
  | Exclude<SignInWithPasswordResult, { ok: true }>;

/**
 * POST /api/v1/auth/token: the browser sign-in's password path (its limits, worker pool,
 * lockout, audit and identical answers), then a token family instead of a session. An account
 * with a second factor gets no tokens for its password alone, exactly as a browser gets no
 * session: a short-lived pending sign-in that POST /api/v1/auth/second-factor completes.
 */
export async function issueTokens({ email, password, context }: IssueTokensOptions): Promise<IssueTokensResult> {
  const signIn = await signInWithPassword({ email, password, context });
  if (!signIn.ok) return signIn;
  if (await hasSecondFactor(signIn.userId)) {
    const { token } = await createPendingSignIn({ userId: signIn.userId, method: TOKEN_API_SIGN_IN_METHOD, remember: false });
    return { ok: false, reason: "second-factor-required", mfaToken: token };
  }
  const { tokens } = await startTokenFamily({ userId: signIn.userId, context });
  return { ok: true, tokens };
}
