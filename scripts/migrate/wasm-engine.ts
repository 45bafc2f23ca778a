// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned:
// its API is internal). The package's entry file imports the .wasm as an ES module, which
// Node 20 cannot do, so the module is instantiated here and wired to its JS glue by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = glue.SchemaEngine;
type SchemaEngineClass = typeof glue.SchemaEngine;

const panics = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
let lastPanic: string | undefined;

let loading: Promise<SchemaEngineClass> | undefined;

/** The engine class. The glue keeps one wasm instance in module state, so this loads it once per process. */
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loading ??= instantiate();
  return loading;
}

/** The Rust panic message behind a wasm `RuntimeError: unreachable`, if one happened. */
export function takePanicMessage(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

async function instantiate(): Promise<SchemaEngineClass> {
  // Without this registry a panic surfaces only as "unreachable", with no hint of its cause.
  panics.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => (lastPanic = message) };

  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const compiled = await WebAssembly.compile(await readFile(join(dirname(gluePath), "schema_engine_bg.wasm")));
  // The glue's exports are exactly the functions the wasm imports from "./schema_engine_bg.js".
  const imports = { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports };
  const instance = await WebAssembly.instantiate(compiled, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}
