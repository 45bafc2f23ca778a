// The one zxcvbn set-up, shared by the server (the password worker, hash-worker.mjs) and the
// browser (the strength meter loads this lazily), so the meter and the server always agree.
// Plain ESM with package imports only: the worker runs it in Node without a bundler.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** Builds the checker (~0.2–3 s: 5 MB of dictionaries); keep one per process or page. */
export function createStrengthScorer() {
  const zxcvbn = new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return {
    /** @param {string} password @param {string[]} userInputs */
    measure(password, userInputs) {
      const { score, feedback } = zxcvbn.check(password, userInputs);
      return { score, warning: feedback.warning ?? null, suggestions: feedback.suggestions };
    },
  };
}
