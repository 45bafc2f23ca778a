// Pure helpers: no Prisma, no driver. Shared by the app, the scripts and prisma.config.ts.

export type Dialect = "sqlite" | "postgres";

export const DEFAULT_DATABASE_URL = "file:./data/gatehouse.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function databaseDialect(url: string = databaseUrl()): Dialect {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

/** The filesystem path of a `file:` URL, relative paths resolved from the working directory. */
export function sqliteFilePath(url: string): string {
  const path = url.slice("file:".length).split("?")[0];
  if (!path) throw new Error("DATABASE_URL file: path is empty");
  return path;
}
