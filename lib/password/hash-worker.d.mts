import type { MeasuredStrength } from "./strength-scorer.mjs";
export function prehash(password: string): string;
type HashTask = { op: "hash"; password: string; cost: number };
type CompareTask = { op: "compare"; password: string; hash: string };
export default function run(task: HashTask): string;
type StrengthTask = { op: "strength"; password: string; userInputs: string[] };
export default function run(task: CompareTask): boolean;
export default function run(task: StrengthTask): MeasuredStrength;
