// npm run db:check — fails when the two schema files' models differ, or when either dialect's
// committed migrations no longer produce its schema (someone changed a model and forgot
// `npm run db:migration:create`).
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { checkDrift } from "@/scripts/migrate/engine";
import { migrationsDirFor, schemaPathFor } from "@/lib/db/migrate/paths";
import { modelsDifference } from "@/scripts/migrate/schema-models";
import type { Dialect } from "@/lib/db/url";

const DIALECTS: Dialect[] = ["sqlite", "postgres"];

function schemaFile(dialect: Dialect) {
  const path = schemaPathFor(dialect);
  return { label: relative(process.cwd(), path), schema: readFileSync(path, "utf8") };
}

async function main(): Promise<number> {
  const problems: string[] = [];

  const models = modelsDifference(schemaFile("sqlite"), schemaFile("postgres"));
  if (models) problems.push(models);

  for (const dialect of DIALECTS) {
    const drift = await checkDrift(dialect);
    if (drift) {
      const migrations = relative(process.cwd(), migrationsDirFor(dialect));
      problems.push(
        `${migrations} does not produce ${schemaFile(dialect).label}. ` +
          `Run \`npm run db:migration:create -- <name>\`; the missing SQL is:\n` +
          drift.trimEnd().replace(/^/gm, "    "),
      );
    }
  }

  if (problems.length > 0) {
    console.error(`db:check failed:\n\n${problems.join("\n\n")}`);
    return 1;
  }
  console.log("db:check: models agree; sqlite migrations match schema; postgres migrations match schema");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:check: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
