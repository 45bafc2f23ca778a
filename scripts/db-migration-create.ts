// npm run db:migration:create -- <name> [--dialect sqlite|postgres] [--draft]
// Writes prisma/<dialect>/migrations/<timestamp>_<name>/migration.sql for both dialects (or
// one), from the difference between the committed migrations and schema.prisma. --draft writes
// a migration even without schema changes, for hand-written SQL such as seed rows.
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { NO_CHANGES, createMigration } from "@/scripts/migrate/engine";
import type { Dialect } from "@/lib/db/url";

const USAGE = "Usage: npm run db:migration:create -- <name> [--dialect sqlite|postgres] [--draft]";
const DIALECTS: Dialect[] = ["sqlite", "postgres"];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dialect: { type: "string" }, draft: { type: "boolean", default: false } },
  });
  const [name, ...extra] = positionals;
  const dialect = values.dialect;
  if (!name || extra.length > 0 || (dialect !== undefined && !DIALECTS.includes(dialect as Dialect))) {
    console.error(USAGE);
    return 1;
  }

  // One timestamp for both dialects, so the same change has the same migration name in each.
  const now = new Date();
  for (const target of dialect ? [dialect as Dialect] : DIALECTS) {
    const result = await createMigration({ dialect: target, name, draft: values.draft, now });
    console.log(result === NO_CHANGES ? `${target}: no changes, no migration written` : `${target}: ${relative(process.cwd(), result)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:migration:create: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
