// Creating migrations and checking drift offline, with Prisma's own schema engine (wasm): the
// committed migrations are replayed into a throwaway database (SQLite `:memory:`, in-memory
// PGlite) and compared with schema.prisma. Scripts come out as `prisma migrate dev` writes them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { Dialect } from "@/lib/db/url";
import { type AdapterErrors, scratchDatabases } from "./engine-adapters";
import { externalTables } from "@/lib/db/migrate/external-tables";
import {
  LOCKFILE,
  MIGRATION_FILE,
  lockfileContent,
  migrationFolderName,
  migrationSlug,
  readMigrations,
} from "@/lib/db/migrate/migrations-dir";
import { migrationsDirFor, schemaPathFor } from "@/lib/db/migrate/paths";
import { type SchemaEngine, loadSchemaEngine, takePanicMessage } from "./wasm-engine";

/** Defaults: prisma/<dialect>/schema.prisma and prisma/<dialect>/migrations under the working directory. */
export interface EngineFiles {
  schemaPath?: string;
  migrationsDir?: string;
}

export interface CreateMigrationOptions extends EngineFiles {
  dialect: Dialect;
  /** Free text, slugged like `prisma migrate dev --name` does (`seedRoles` → `seed_roles`). */
  name: string;
  /** Write the migration even if the schema has not changed, e.g. to hand-write seed rows into it. */
  draft?: boolean;
  /** Folder timestamp; give both dialects the same one so their migration names match. */
  now?: Date;
}

export const NO_CHANGES = "no changes";

function filtersFor(dialect: Dialect) {
  return { externalTables: externalTables(dialect), externalEnums: [] };
}

/**
 * Writes <migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql with the SQL that takes the
 * committed migrations to the schema, and migration_lock.toml. Returns the file's path, or
 * NO_CHANGES when the schema needs no migration (and `draft` is not set).
 */
export async function createMigration(options: CreateMigrationOptions): Promise<string | typeof NO_CHANGES> {
  const { dialect, draft = false, now = new Date() } = options;
  const folder = migrationFolderName(options.name, now);
  const schema = readSchema(dialect, options.schemaPath);
  const dir = options.migrationsDir ?? migrationsDirFor(dialect);
  const migrationsList = migrationList(dir);

  const output = await withEngine(dialect, schema, async (engine) => {
    // createMigration reads the committed migrations' schema from a cache that only the
    // diagnosis fills (it alone may use a shadow database), and the diagnosis reads the main
    // database's migration table. `prisma migrate dev` goes through the same steps.
    await engine.applyMigrations({ migrationsList, filters: filtersFor(dialect) });
    const diagnosis = await engine.devDiagnostic({ migrationsList, filters: filtersFor(dialect) });
    if (diagnosis.action.tag === "reset") {
      throw new Error(`The committed ${dialect} migrations do not replay cleanly: ${diagnosis.action.reason}`);
    }
    return engine.createMigration({
      draft,
      migrationName: migrationSlug(options.name),
      migrationsList,
      schema: { files: [schema] },
      filters: filtersFor(dialect),
    });
  });
  if (output.migrationScript === null) return NO_CHANGES;

  const folderPath = join(dir, folder);
  if (existsSync(folderPath)) throw new Error(`Migration folder already exists: ${folderPath}`);
  mkdirSync(folderPath, { recursive: true });
  const file = join(folderPath, `migration.${output.extension}`);
  writeFileSync(file, output.migrationScript);
  writeFileSync(join(dir, LOCKFILE), lockfileContent(dialect));
  return file;
}

/**
 * The SQL that would bring the committed migrations up to the schema: empty when they agree.
 * Data-only statements (seed rows) never count as drift.
 */
export async function checkDrift(dialect: Dialect, files: EngineFiles = {}): Promise<string> {
  const schema = readSchema(dialect, files.schemaPath);
  const committed = migrationList(files.migrationsDir ?? migrationsDirFor(dialect));
  // Without a lock file (no migration yet) the engine cannot tell the dialect of the history.
  const lockfile = { ...committed.lockfile, content: committed.lockfile.content ?? lockfileContent(dialect) };
  const from = { ...committed, lockfile };

  const result = await withEngine(dialect, schema, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...from },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: filtersFor(dialect),
    }),
  );
  // exitCode 2 = the diff is not empty (the script of an empty diff is a comment, not "").
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

interface SchemaFile {
  path: string;
  content: string;
}

function readSchema(dialect: Dialect, schemaPath = schemaPathFor(dialect)): SchemaFile {
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}

/** The migrations folder in the engine's input shape, as the Prisma CLI builds it. */
function migrationList(dir: string): MigrationList {
  const lockPath = join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_FILE, content: { tag: "ok", value: migration.sql } },
    })),
  };
}

async function withEngine<T>(
  dialect: Dialect,
  schema: SchemaFile,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngine = await loadSchemaEngine();
  const scratch = scratchDatabases(dialect);
  let engine: SchemaEngine | undefined;
  try {
    // The engine logs JSON tracing lines; its failures come back as rejections, handled below.
    engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, scratch.factory);
    return await run(engine);
  } catch (error) {
    throw readableEngineError(error, scratch.errors);
  } finally {
    engine?.free();
    await scratch.close();
  }
}

function readableEngineError(error: unknown, adapterErrors: AdapterErrors): Error {
  const raw = error instanceof Error ? error.message : String(error);
  const panic = takePanicMessage();
  // Drop the engine's span trace ("   0: sql_schema_connector::…"): it names Rust internals.
  const message = adapterErrors.explain(raw).split(/\n\s+0: /)[0]!.trim();
  return new Error(panic ? `Schema engine panicked: ${panic}` : `Schema engine: ${message}`, { cause: error });
}
