import { requirePermission } from "@/lib/auth/dal";
import { now } from "@/lib/clock";
import { exportAccountData } from "@/lib/users/export-account-data";

/** "Download your data": the signed-in person's own account, as a JSON file. */
export async function GET() {
  const { user } = await requirePermission("account:read", "/settings");
  const at = now();
  const data = await exportAccountData({ userId: user.id, at });
  if (!data) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="gatehouse-account-${at.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
