// Where each dialect keeps its schema and migrations, relative to the project root. The root is
// the working directory (npm scripts, `next start` and vitest all run there); a path derived
// from import.meta.url would break once Next.js bundles the runner into the server.
import { join } from "node:path";
import type { Dialect } from "../url";

export function schemaPathFor(dialect: Dialect, root: string = process.cwd()): string {
  return join(root, "prisma", dialect, "schema.prisma");
}

export function migrationsDirFor(dialect: Dialect, root: string = process.cwd()): string {
  return join(root, "prisma", dialect, "migrations");
}
