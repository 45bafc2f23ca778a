// Accounts for the bench: bench-0 is an editor (for the gated probes); the rest sign in during the storm.
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { provisionUser } from "@/lib/users/provision-user";
import { closePasswordPool } from "@/lib/password/hash";
import { BENCH_ACCOUNTS, benchAccount } from "./accounts";

await applyMigrations({ url: databaseUrl() });
for (let index = 0; index < BENCH_ACCOUNTS; index++) {
  const { email, password } = benchAccount(index);
  await provisionUser({ email, password, roles: index === 0 ? ["editor"] : ["user"], source: "bench" });
}
await closePasswordPool();
await db.$disconnect();
