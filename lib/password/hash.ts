// Password hashing and comparison in a worker pool sized to the cores, so a burst of sign-ins
// cannot stall every other request on the event loop (bcrypt is CPU-bound for ~250 ms at cost 12).
import { availableParallelism } from "node:os";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Piscina from "piscina";
import { settings } from "@/lib/config/settings";

type PoolHolder = { pool?: Piscina; strengthPool?: Piscina; dummyHash?: Promise<string> };
// One pool per process, kept across dev-server module reloads.
const holder = ((globalThis as { __gatehousePasswordPool?: PoolHolder }).__gatehousePasswordPool ??= {});

// Resolved from the project root at run time, not through the bundler: Turbopack rewrites
// `new URL("./hash-worker.mjs", import.meta.url)` to a browser asset URL in some server layers
// (server actions), where the worker then fails to load. Servers and scripts run from the root.
const WORKER_FILE = ["lib", "password", "hash-worker.mjs"];

function pool(): Piscina {
  holder.pool ??= new Piscina({
    filename: pathToFileURL(join(/* turbopackIgnore: true */ process.cwd(), ...WORKER_FILE)).href,
    maxThreads: settings().hashThreads ?? availableParallelism(),
    minThreads: 1,
    idleTimeout: 60_000,
  });
  return holder.pool;
}

// Strength checks run in one long-lived thread of the same worker: each thread that measures
// strength loads 5 MB of dictionaries (0.3 s idle, several seconds on a busy machine), which the
// hashing threads, started and stopped with demand, must not pay again and again.
function strengthPool(): Piscina {
  holder.strengthPool ??= new Piscina({
    filename: pathToFileURL(join(/* turbopackIgnore: true */ process.cwd(), ...WORKER_FILE)).href,
    maxThreads: 1,
    minThreads: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return holder.strengthPool;
}

/** Measures a password with zxcvbn in the worker (see measure-password-strength.ts). */
export function runStrengthTask(task: { password: string; userInputs: string[] }): Promise<unknown> {
  return strengthPool().run({ op: "strength", ...task });
}

export async function hashPassword(password: string, cost: number = settings().bcryptCost): Promise<string> {
  return (await pool().run({ op: "hash", password, cost })) as string;
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return (await pool().run({ op: "compare", password, hash })) as boolean;
}

/**
 * A hash nobody knows the password of. Compared against for unknown emails so that "no such
 * account" costs the same time as "wrong password". Made at server start (lib/server-start.ts),
 * so the first unknown email costs no extra hash.
 */
export function dummyHash(): Promise<string> {
  holder.dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return holder.dummyHash;
}

export async function closePasswordPool(): Promise<void> {
  const current = [holder.pool, holder.strengthPool];
  holder.pool = undefined;
  holder.strengthPool = undefined;
  holder.dummyHash = undefined;
  await Promise.all(current.map((pool) => pool?.destroy()));
}
