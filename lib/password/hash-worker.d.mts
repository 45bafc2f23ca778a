export function prehash(password: string): string;
type HashTask = { op: "hash"; password: string; cost: number };
type CompareTask = { op: "compare"; password: string; hash: string };
export default function run(task: HashTask): string;
export default function run(task: CompareTask): boolean;
