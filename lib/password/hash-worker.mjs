// Runs inside the piscina worker pool (see hash.ts), off the request thread.
// Self-contained on purpose: Next emits this file as an asset without bundling it, so it may
// import only Node built-ins and installed packages.
import { createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

// bcrypt reads at most 72 bytes and stops at a NUL byte. Every password therefore goes through
// HMAC-SHA384 first (fixed context key, base64: 64 ASCII bytes, no NUL), so every byte of a long
// passphrase counts and nothing is silently cut off.
const PREHASH_CONTEXT = "gatehouse/password/v1";

export function prehash(password) {
  return createHmac("sha384", PREHASH_CONTEXT).update(password.normalize("NFKC"), "utf8").digest("base64");
}

/** @type {ZxcvbnFactory | undefined} Built on first use (~0.3–3 s): dictionaries of 5 MB. */
let zxcvbn;

/** @param {string} password @param {string[]} userInputs */
function strength(password, userInputs) {
  zxcvbn ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  const { score, feedback } = zxcvbn.check(password, userInputs);
  return { score, warning: feedback.warning ?? null, suggestions: feedback.suggestions };
}

/** @param {{ op: "hash", password: string, cost: number } | { op: "compare", password: string, hash: string } | { op: "strength", password: string, userInputs: string[] }} task */
export default function run(task) {
  if (task.op === "hash") return bcrypt.hashSync(prehash(task.password), task.cost);
  if (task.op === "compare") return bcrypt.compareSync(prehash(task.password), task.hash);
  if (task.op === "strength") return strength(task.password, task.userInputs);
  throw new Error("unknown password task");
}
