// npm run db:migrate — applies pending migrations to the database DATABASE_URL names
// (default: the SQLite file data/gatehouse.db).
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";

/** The URL without credentials, to say which database this run touched. */
function describe(url: string): string {
  if (url.startsWith("file:")) return url;
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

async function main(): Promise<void> {
  const url = databaseUrl();
  const applied = await applyMigrations({ url, log: (message) => console.log(message) });
  console.log(
    applied.length === 0
      ? `Database is up to date (${describe(url)})`
      : `Applied ${applied.length} migration(s) to ${describe(url)}`,
  );
}

main().catch((error: unknown) => {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
