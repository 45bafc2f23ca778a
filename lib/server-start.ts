// Start-up duties of a server process: refuse to run without the secrets production needs,
// bring the database schema up to date, and keep stale records from piling up.
import { isFactorEncryptionKey, missingProductionSecrets, readSettings } from "@/lib/config/settings";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { dummyHash } from "@/lib/password/hash";
import { measurePasswordStrength } from "@/lib/password/measure-password-strength";

export async function prepareServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.NODE_ENV === "production") {
    const missing = missingProductionSecrets(env);
    if (missing.length > 0) {
      console.error(`Gatehouse will not start in production without:\n  - ${missing.join("\n  - ")}`);
      process.exit(1);
    }
  } else if (!env.AUTH_SECRET || !env.AUTH_TOKEN_SIGNING_KEY) {
    const name = env.AUTH_SECRET ? "AUTH_TOKEN_SIGNING_KEY" : "AUTH_SECRET";
    console.error(`${name} is not set. Run \`npm run dev\` (it generates one into .env.local) or set it yourself.`);
    process.exit(1);
  } else if (!isFactorEncryptionKey(env.FACTOR_ENCRYPTION_KEY)) {
    console.error("FACTOR_ENCRYPTION_KEY is not set to 32 bytes in base64. Run `npm run dev` (it generates one into .env.local) or set it yourself.");
    process.exit(1);
  }

  try {
    readSettings(env);
  } catch (error) {
    console.error(`Gatehouse configuration error: ${(error as Error).message}`);
    process.exit(1);
  }

  if (env.MIGRATE_ON_START !== "false") {
    const applied = await applyMigrations({ url: databaseUrl(env) });
    if (applied.length > 0) console.info(`Applied ${applied.length} database migration(s): ${applied.join(", ")}`);
  }
  await dummyHash();
  // Loads zxcvbn's dictionaries in a worker now (0.3–3 s), not during the first registration.
  await measurePasswordStrength({ password: "warm-up", userInputs: [] });
  await warmUpDatabaseClient();
  // Loaded only now: the database client must not exist before the checks above have passed.
  const { schedulePurges } = await import("@/lib/housekeeping/schedule-purges");
  schedulePurges();
}

// The first query of a process loads Prisma's query compiler and opens a connection: done here,
// not in the first request or readiness probe. Best effort: an unreachable database is what
// readiness reports, not a reason to refuse to start.
async function warmUpDatabaseClient(): Promise<void> {
  const { db } = await import("@/lib/db/client");
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    console.error(`Database not reachable at start-up (readiness will report it): ${(error as Error).message.split("\n").at(-1)}`);
  }
}
