import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { authorizeBearer } from "@/lib/auth/bearer";

/** Who the token or key belongs to, and what this request may do. */
export const GET = apiHandler(async (request: Request) => {
  const access = await authorizeBearer(request, "account:read");
  if (!access.ok) return access.response;
  const { user, permissions } = access.principal;
  return json({
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerified?.toISOString() ?? null,
    roles: user.roles,
    permissions: [...permissions],
  });
});

export const OPTIONS = preflight(["GET"]);
