import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { json, problem } from "@/lib/api/problem";
import { readBody } from "@/lib/api/read-body";
import { authorizeBearer } from "@/lib/auth/bearer";
import { introspectToken } from "@/lib/tokens/introspect-token";
import { introspectRequestSchema } from "@/lib/validation/tokens";

/** RFC 7662, for services: callable only with an API key that has tokens:introspect. */
export const POST = apiHandler(async (request: Request) => {
  const access = await authorizeBearer(request, "tokens:introspect");
  if (!access.ok) return access.response;
  if (access.principal.kind !== "api-key") return problem(403, { detail: "Introspection takes an API key, not an access token." });
  const body = await readBody(request, introspectRequestSchema);
  if (!body.ok) return body.response;
  return json(await introspectToken(body.data.token));
});

export const OPTIONS = preflight(["POST"]);
