export type MeasuredStrength = { score: 0 | 1 | 2 | 3 | 4; warning: string | null; suggestions: string[] };
export type StrengthScorer = { measure(password: string, userInputs: string[]): MeasuredStrength };
export function createStrengthScorer(): StrengthScorer;
