// One bearer check (signature and claims, then the family, blocklist and user in the database)
// against the floor for any asymmetric check: one raw ES256 signature verification with
// node:crypto. Run by bench/run.ts in the scratch copy (its database and key); prints JSON.
import { createPublicKey, verify } from "node:crypto";
import { db } from "@/lib/db/client";
import { settings } from "@/lib/config/settings";
import { issueAccessToken } from "@/lib/tokens/access-token";
import { checkAccessToken, lookUpRevocation } from "@/lib/tokens/check-access-token";
import { startTokenFamily } from "@/lib/tokens/start-token-family";
import { benchAccount } from "./accounts";

const RUNS = Number(process.env.BENCH_BEARER_RUNS ?? 2000);

function microseconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const user = await db.user.findUniqueOrThrow({ where: { email: benchAccount(0).email }, select: { id: true, roles: { select: { roleName: true } } } });
const { familyId, tokens } = await startTokenFamily({ userId: user.id, context: { ip: null, userAgent: "bench" } });
const roles = user.roles.map((role) => role.roleName);
const fresh = await Promise.all(
  Array.from({ length: RUNS }, () => issueAccessToken({ userId: user.id, familyId, roles, permissions: ["account:read"] }).then((issued) => issued.token)),
);

const { x, y } = settings().tokens.keys!.current;
const publicKey = createPublicKey({ key: { kty: "EC", crv: "P-256", x, y }, format: "jwk" });
const raw: number[] = [];
for (const token of fresh) {
  const [header, payload, signature] = token.split(".");
  const start = process.hrtime.bigint();
  const ok = verify("sha256", Buffer.from(`${header}.${payload}`), { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(signature!, "base64url"));
  raw.push(microseconds(start));
  if (!ok) throw new Error("raw verify failed");
}

// Warm the database connection and code paths first.
for (let i = 0; i < 50; i++) await checkAccessToken(tokens.access_token);

const first: number[] = [];
for (const token of fresh) {
  const start = process.hrtime.bigint();
  const check = await checkAccessToken(token);
  first.push(microseconds(start));
  if (!check.ok) throw new Error(`bearer check failed: ${check.reason}`);
}
const repeated: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  await checkAccessToken(tokens.access_token);
  repeated.push(microseconds(start));
}
// The database reads alone (family with user, blocklist): what any check that sees revocation on
// the next request, on every instance, pays at least.
const { jti, sid } = JSON.parse(Buffer.from(tokens.access_token.split(".")[1]!, "base64url").toString()) as { jti: string; sid: string };
const lookups: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  await lookUpRevocation({ jti, sid });
  lookups.push(microseconds(start));
}
await db.$disconnect();
console.log(JSON.stringify({ runs: RUNS, rawUs: median(raw), firstUs: median(first), repeatedUs: median(repeated), lookupsUs: median(lookups) }));
