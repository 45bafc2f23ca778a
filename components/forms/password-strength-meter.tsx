"use client";

import { useEffect, useState } from "react";
import type { MeasuredStrength, StrengthScorer } from "@/lib/password/strength-scorer.mjs";
import { personalWords, STRENGTH_WORDS, strengthReason, strengthSuggestion } from "@/lib/password/strength-feedback";

export type PasswordStrengthProps = {
  /** What is typed in the new-password field now. */
  password: string;
  /** The same inputs the server counts against the password (email, name). */
  userInputs: (string | null | undefined)[];
  /** PASSWORD_MIN_SCORE: below it, the server refuses the password. */
  minScore: number;
};

// The dictionaries weigh megabytes: fetched on the first keystroke, never with the page.
let scorer: Promise<StrengthScorer> | undefined;
const loadScorer = () => (scorer ??= import("@/lib/password/strength-scorer.mjs").then((module) => module.createStrengthScorer()));

const BAR_COLOURS = ["bg-red-600", "bg-red-600", "bg-amber-500", "bg-emerald-600", "bg-emerald-600"];

/** zxcvbn's verdict while typing, in words (not colour alone), announced politely. */
export function PasswordStrengthMeter({ password, userInputs, minScore }: PasswordStrengthProps) {
  const [measured, setMeasured] = useState<{ password: string; strength: MeasuredStrength } | null>(null);
  const inputs = personalWords(userInputs).join("\n");

  useEffect(() => {
    if (!password) return;
    let current = true;
    // A short pause, so a fast typist is not measured (and announced) on every key.
    const timer = setTimeout(() => {
      void loadScorer().then((loaded) => {
        if (current) setMeasured({ password, strength: loaded.measure(password, inputs ? inputs.split("\n") : []) });
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, inputs]);

  const strength = password && measured ? measured.strength : null;
  const enough = strength ? strength.score >= minScore : false;
  return (
    <div aria-live="polite" data-testid="password-strength" className="mt-1 min-h-5 text-xs text-slate-700">
      {strength ? (
        <>
          <div aria-hidden="true" className="mb-1 flex gap-1">
            {STRENGTH_WORDS.map((word, index) => (
              <span key={word} className={`h-1 flex-1 rounded-full ${index <= strength.score ? BAR_COLOURS[strength.score] : "bg-slate-200"}`} />
            ))}
          </div>
          <p>
            <span className="font-semibold" data-testid="password-strength-score">
              Strength: {STRENGTH_WORDS[strength.score]}
            </span>
            {enough ? null : " (not strong enough yet)"}
          </p>
          {enough && !strength.warning ? null : (
            <p data-testid="password-strength-advice">
              {strengthReason(strength)} {strengthSuggestion(strength)}
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
