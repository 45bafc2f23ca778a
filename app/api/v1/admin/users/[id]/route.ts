import { changeUserRole } from "@/lib/admin/change-user-role";
import { getUserDetail } from "@/lib/admin/get-user-detail";
import { GUARD_RAIL_MESSAGES } from "@/lib/admin/guard-rails";
import { setUserActive } from "@/lib/admin/set-user-active";
import { userDetailJson } from "@/lib/api/admin-user-json";
import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { json, problem } from "@/lib/api/problem";
import { readBody } from "@/lib/api/read-body";
import { authorizeBearer } from "@/lib/auth/bearer";
import { idSchema } from "@/lib/validation/sessions";
import { adminUserPatchSchema } from "@/lib/validation/tokens";

type Params = { params: Promise<{ id: string }> };

const notFound = () => problem(404, { detail: "No such user." });

export const GET = apiHandler(async (request: Request, { params }: Params) => {
  const access = await authorizeBearer(request, "users:read");
  if (!access.ok) return access.response;
  const id = idSchema.safeParse((await params).id);
  const user = id.success ? await getUserDetail(id.data) : null;
  return user ? json(userDetailJson(user)) : notFound();
});

/** Roles and active status, through the console's verbs: the same guard rails, transactions and audit events. */
export const PATCH = apiHandler(async (request: Request, { params }: Params) => {
  const access = await authorizeBearer(request, "users:write");
  if (!access.ok) return access.response;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return notFound();
  const body = await readBody(request, adminUserPatchSchema);
  if (!body.ok) return body.response;
  const change = { actorId: access.principal.user.id, targetId: id.data, context: access.principal.context };
  const { active, roles } = body.data;
  const steps = [
    ...(roles?.add ?? []).map((role) => () => changeUserRole({ ...change, role, grant: true })),
    ...(roles?.remove ?? []).map((role) => () => changeUserRole({ ...change, role, grant: false })),
    ...(active === undefined ? [] : [() => setUserActive({ ...change, active })]),
  ];
  for (const step of steps) {
    const result = await step();
    if (result.ok) continue;
    if (result.reason === "not-found") return notFound();
    if (result.reason === "conflict") return problem(409, { detail: "Another change to this user happened at the same time; try again." });
    return problem(409, { detail: GUARD_RAIL_MESSAGES[result.reason], extra: { reason: result.reason } });
  }
  const user = await getUserDetail(id.data);
  return user ? json(userDetailJson(user)) : notFound();
});

export const OPTIONS = preflight(["GET", "PATCH"]);
