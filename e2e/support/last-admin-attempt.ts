// Runs one admin change through the domain rule the server action calls (lib/admin), on the
// last-admin server's database, and prints its result as JSON:
//   tsx --conditions=react-server e2e/support/last-admin-attempt.ts <change> <actor email> <target email>
// <change>: deactivate | activate | demote | promote | delete.
// It stands for the second of two admin requests that cross: one whose permission check in the
// data access layer passed while the other admin was still active. A single HTTP request
// cannot get there (see e2e/last-admin.spec.ts).
import { changeUserRole } from "@/lib/admin/change-user-role";
import { deleteUser } from "@/lib/admin/delete-user";
import { setUserActive } from "@/lib/admin/set-user-active";
import { db } from "@/lib/db/client";

const [change, actorEmail, targetEmail] = process.argv.slice(2);
const idOf = async (email: string | undefined) => (await db.user.findUniqueOrThrow({ where: { email: email ?? "" }, select: { id: true } })).id;
const options = { actorId: await idOf(actorEmail), targetId: await idOf(targetEmail), context: { ip: null, userAgent: "e2e:last-admin-attempt" } };

const result =
  change === "deactivate" || change === "activate"
    ? await setUserActive({ ...options, active: change === "activate" })
    : change === "demote" || change === "promote"
      ? await changeUserRole({ ...options, role: "admin", grant: change === "promote" })
      : change === "delete"
        ? await deleteUser({ ...options, confirmEmail: targetEmail ?? "" })
        : null;
await db.$disconnect();
if (!result) throw new Error(`unknown change: ${change}`);
console.log(JSON.stringify(result));
