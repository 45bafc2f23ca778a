import "./prisma/offline-engine.mjs";
import { defineConfig } from "prisma/config";
import { externalTables } from "./lib/db/migrate/external-tables";
import { databaseDialect, databaseUrl } from "./lib/db/url";

// One config for both dialects: DATABASE_URL picks the schema and its migrations folder, so the
// ordinary `prisma migrate deploy` / `prisma migrate dev` work online on the same folders that
// `npm run db:migrate` applies offline.
const dialect = databaseDialect();

export default defineConfig({
  schema: `prisma/${dialect}/schema.prisma`,
  migrations: { path: `prisma/${dialect}/migrations` },
  datasource: { url: databaseUrl() },
  // Hand-made tables (the SQLite search index) that `prisma migrate dev` must not drop.
  experimental: { externalTables: true },
  tables: { external: externalTables(dialect) },
});
