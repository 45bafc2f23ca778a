// Runs inside the piscina worker pool (see hash.ts), off the request thread.
// Not bundled: hash.ts starts it from the project root, so it imports only Node built-ins,
// installed packages and its plain-ESM sibling strength-scorer.mjs.
import { createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { createStrengthScorer } from "./strength-scorer.mjs";

// bcrypt reads at most 72 bytes and stops at a NUL byte. Every password therefore goes through
// HMAC-SHA384 first (fixed context key, base64: 64 ASCII bytes, no NUL), so every byte of a long
// passphrase counts and nothing is silently cut off.
const PREHASH_CONTEXT = "gatehouse/password/v1";

export function prehash(password) {
  return createHmac("sha384", PREHASH_CONTEXT).update(password.normalize("NFKC"), "utf8").digest("base64");
}

/** @type {ReturnType<typeof createStrengthScorer> | undefined} Built on first use (~0.3–3 s). */
let scorer;

/** @param {{ op: "hash", password: string, cost: number } | { op: "compare", password: string, hash: string } | { op: "strength", password: string, userInputs: string[] }} task */
export default function run(task) {
  if (task.op === "hash") return bcrypt.hashSync(prehash(task.password), task.cost);
  if (task.op === "compare") return bcrypt.compareSync(prehash(task.password), task.hash);
  if (task.op === "strength") return (scorer ??= createStrengthScorer()).measure(task.password, task.userInputs);
  throw new Error("unknown password task");
}
