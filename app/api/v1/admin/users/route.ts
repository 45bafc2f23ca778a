import { searchUsers } from "@/lib/admin/search-users";
import { userRowJson } from "@/lib/api/admin-user-json";
import { preflight } from "@/lib/api/cors";
import { apiHandler } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { authorizeBearer } from "@/lib/auth/bearer";
import { usersQuerySchema } from "@/lib/validation/admin";

/** The admin console's search, filters and keyset pages: ?q=&role=&status=&method=&sort=&after= (or &before=) */
export const GET = apiHandler(async (request: Request) => {
  const access = await authorizeBearer(request, "users:read");
  if (!access.ok) return access.response;
  const query = usersQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await searchUsers(query);
  return json({ users: page.rows.map(userRowJson), total: page.total, nextCursor: page.nextCursor, previousCursor: page.previousCursor });
});

export const OPTIONS = preflight(["GET"]);
