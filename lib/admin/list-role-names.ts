import { db } from "@/lib/db/client";

/** Every role in the `Role` table, by name: what an admin may filter by or assign. */
export async function listRoleNames(): Promise<string[]> {
  const roles = await db.role.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return roles.map((role) => role.name);
}
