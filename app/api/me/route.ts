import { authorizeApi } from "@/lib/auth/dal";

export async function GET() {
  const access = await authorizeApi("account:read");
  if (!access.ok) return access.response;
  const { id, email, name, roles } = access.session.user;
  return Response.json({ id, email, name, roles }, { headers: { "Cache-Control": "no-store" } });
}
