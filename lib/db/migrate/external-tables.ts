// Tables that migrations create by hand and Prisma's schema cannot describe. The schema engine
// is told to leave exactly these alone (npm run db:check and db:migration:create here, the
// Prisma CLI through prisma.config.ts); any other table that the migrations make and
// schema.prisma lacks is still drift.
import type { Dialect } from "../url";

const EXTERNAL_TABLES: Record<Dialect, readonly string[]> = {
  // The FTS5 trigram index behind the admin users search (migration `user_search`) and the
  // shadow tables FTS5 makes for it: `_data`, `_idx`, `_config` (no `_content`: the content is
  // "User" itself; no `_docsize`: columnsize=0).
  sqlite: ["UserSearch", "UserSearch_config", "UserSearch_data", "UserSearch_idx"],
  // pg_trgm's expression indexes and the extension itself are invisible to Prisma's diff.
  postgres: [],
};

/** Named as the engine requires: bare on SQLite, schema-qualified (`public.`) on PostgreSQL. */
export function externalTables(dialect: Dialect): string[] {
  return EXTERNAL_TABLES[dialect].map((table) => (dialect === "sqlite" ? table : `public.${table}`));
}
