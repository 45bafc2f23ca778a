import "server-only";
import { permissionsOf } from "@/lib/edge/roles";
import { issueAccessToken } from "./access-token";

/** The RFC 6749 §5.1 answer. */
export type TokenResponse = {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
  scope: string;
};

export async function tokenResponse(options: { userId: string; familyId: string; roles: string[]; refreshToken: string; now?: Date }): Promise<TokenResponse> {
  const permissions = [...permissionsOf(options.roles)];
  const access = await issueAccessToken({ ...options, permissions });
  return {
    access_token: access.token,
    token_type: "Bearer",
    expires_in: access.expiresIn,
    refresh_token: options.refreshToken,
    scope: permissions.join(" "),
  };
}
