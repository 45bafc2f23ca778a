import "server-only";
import type { RequestContext } from "@/lib/http/request-context";
import { signInWithPassword, type SignInWithPasswordResult } from "@/lib/users/sign-in-with-password";
import { startTokenFamily } from "./start-token-family";
import type { TokenResponse } from "./token-response";

export type IssueTokensOptions = { email: string; password: string; context: RequestContext };

export type IssueTokensResult = { ok: true; tokens: TokenResponse } | Exclude<SignInWithPasswordResult, { ok: true }>;

/**
 * POST /api/v1/auth/token: the browser sign-in's password path (its limits, worker pool,
 * lockout, audit and identical answers), then a token family instead of a session.
 */
export async function issueTokens({ email, password, context }: IssueTokensOptions): Promise<IssueTokensResult> {
  const signIn = await signInWithPassword({ email, password, context });
  if (!signIn.ok) return signIn;
  const { tokens } = await startTokenFamily({ userId: signIn.userId, context });
  return { ok: true, tokens };
}
