import { authorizeApi } from "@/lib/auth/dal";
import { countUsers } from "@/lib/admin/count-users";

export async function GET() {
  const access = await authorizeApi("admin:access");
  if (!access.ok) return access.response;
  return Response.json(await countUsers(), { headers: { "Cache-Control": "no-store" } });
}
