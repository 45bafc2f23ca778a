// A fresh in-memory PostgreSQL (PGlite) for the schema engine to work in. Creating one runs
// initdb in wasm, which takes seconds; loading a dump of a fresh data directory takes about
// one. The dump is cached on disk per PGlite version, so only the first run pays.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// Extensions the migrations create (CREATE EXTENSION): PGlite ships contrib modules as
// bundles that must be handed to each instance, or CREATE EXTENSION fails as "not available".
const OPTIONS = { extensions: { pg_trgm } } satisfies PGliteOptions;

export interface FreshPglite {
  /** A running instance with an untouched database. */
  instance: PGlite;
  /** That database before any change, to start more instances from. */
  pristine: Blob;
}

export async function freshPglite(): Promise<FreshPglite> {
  const cacheFile = dumpCacheFile();
  if (existsSync(cacheFile)) {
    const pristine = new Blob([readFileSync(cacheFile)], { type: "application/x-gzip" });
    try {
      return { instance: await PGlite.create({ ...OPTIONS, loadDataDir: pristine }), pristine };
    } catch {
      rmSync(cacheFile, { force: true }); // unreadable (say, truncated): rebuild it below
    }
  }
  const instance = await PGlite.create(OPTIONS);
  const pristine = await instance.dumpDataDir("gzip");
  saveQuietly(cacheFile, Buffer.from(await pristine.arrayBuffer()));
  return { instance, pristine };
}

export function pgliteFrom(pristine: Blob): Promise<PGlite> {
  return PGlite.create({ ...OPTIONS, loadDataDir: pristine });
}

function dumpCacheFile(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const { version } = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return join(process.cwd(), "node_modules", ".cache", "gatehouse", `pglite-${version}-fresh.tar.gz`);
}

/** A cache that cannot be written only costs time. Written whole, then renamed, for concurrent runs. */
function saveQuietly(file: string, bytes: Buffer): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}
