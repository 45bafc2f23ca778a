// Accounts the topology cases use, written straight into the shared database.
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/password/hash";

export const PASSWORD = "topology-Passphrase-2026";

// The app's own hashing (it prepares the password before bcrypt), once for every account.
let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= hashPassword(PASSWORD, 10));

export type SeededUser = { id: string; email: string };

export async function seedUser(db: Db, email: string, roles: string[] = ["user"]): Promise<SeededUser> {
  const user = await db.user.create({
    data: {
      email,
      name: email.split("@")[0],
      emailVerified: new Date(),
      passwordHash: await passwordHash(),
      roles: { create: roles.map((roleName) => ({ roleName })) },
    },
  });
  return { id: user.id, email };
}

export function connect(databaseUrl: string): Db {
  return createPrismaClient(databaseUrl);
}
