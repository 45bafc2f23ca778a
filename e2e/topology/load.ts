// `npm run load`: a bounded mixed load (registrations, sign-ins, page reads, sign-outs and admin
// changes) against two `next start` instances sharing PostgreSQL and Redis, all on loopback. Then
// the books are checked: every acknowledged registration exists exactly once, and no session
// was honoured after its revocation was acknowledged. Bounded by LOAD_SECONDS (default 60) and
// LOAD_MAX_REQUESTS (default 20000); LOAD_CONCURRENCY clients at a time (default 8).
import buildOnce from "./support/build-once";
import { actionId, Client } from "./support/client";
import { launchTogether, startStack } from "./support/stack";
import { connect, PASSWORD, seedUser, type SeededUser } from "./support/seed";
import { closePasswordPool } from "@/lib/password/hash";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const MAX_REQUESTS = Number(process.env.LOAD_MAX_REQUESTS ?? 20_000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 8);
const POOL_SIZE = 24;

type Route = "register" | "sign-in" | "page /dashboard" | "api /api/me" | "sign-out" | "admin sign-out-everywhere";
const timings = new Map<Route, number[]>();
const errors = new Map<string, number>();
let requests = 0;

async function timed<T>(route: Route, work: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  requests += 1;
  try {
    return await work();
  } catch (error) {
    const kind = `${route}: ${(error as Error).name === "TimeoutError" ? "timeout" : "connection error"}`;
    errors.set(kind, (errors.get(kind) ?? 0) + 1);
    return undefined;
  } finally {
    const list = timings.get(route) ?? [];
    list.push(performance.now() - started);
    timings.set(route, list);
  }
}

function countError(kind: string) {
  errors.set(kind, (errors.get(kind) ?? 0) + 1);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

buildOnce();
const stack = await startStack({ env: { RATE_LIMIT_MULTIPLIER: "1000", LOCKOUT_THRESHOLD: "1000" } });
let exitCode = 0;
try {
  const instances = await launchTogether(stack, [0, 1]);
  const db = connect(stack.databaseUrl);
  const admin = await seedUser(db, "load-admin@load.test", ["user", "admin"]);
  const pool: SeededUser[] = [];
  for (let index = 0; index < POOL_SIZE; index++) pool.push(await seedUser(db, `member-${index}@load.test`));

  const ids = {
    register: actionId("app/(auth)/actions.ts", "registerAction"),
    signOut: actionId("app/(auth)/actions.ts", "signOutAction"),
    everywhere: actionId("app/admin/actions.ts", "signOutUserEverywhereAction"),
  };
  let ip = 0;
  const newClient = () => {
    ip += 1;
    return new Client(`10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`);
  };
  const adminClient = newClient();
  if ((await adminClient.signIn(instances[0]!.url, admin.email, PASSWORD)) !== "signed-in") throw new Error("admin could not sign in");

  type Live = { client: Client; userId: string; issuedAt: number };
  const live: Live[] = [];
  /** Session cookie → when its revocation was acknowledged. */
  const revoked = new Map<string, number>();
  const acknowledged: string[] = [];
  let violations = 0;
  let registrations = 0;
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
  const instance = () => pick(instances)!;

  const deadline = Date.now() + SECONDS * 1000;
  const step = async () => {
    const roll = Math.random();
    const target = instance();
    if (roll < 0.1) {
      registrations += 1;
      const email = `registrant-${registrations}-${process.pid}@load.test`;
      const password = `Load-Harbor-${registrations}-Quartz`;
      const result = await timed("register", () =>
        newClient().action(target.url, "/register", ids.register, [{ name: `Registrant ${registrations}`, email, password, confirmPassword: password }]),
      );
      if (result?.redirect?.includes("/register/check-email")) acknowledged.push(email);
      else if (result) countError(`register: ${result.status}`);
    } else if (roll < 0.3 || live.length < 4) {
      const user = pick(pool)!;
      const client = newClient();
      const outcome = await timed("sign-in", () => client.signIn(target.url, user.email, PASSWORD));
      if (outcome === "signed-in") live.push({ client, userId: user.id, issuedAt: Date.now() });
      else if (outcome) countError(`sign-in: ${outcome}`);
    } else if (roll < 0.85) {
      const session = pick(live)!;
      const cookie = session.client.session!;
      const asked = Date.now();
      const [route, path] = roll < 0.6 ? (["page /dashboard", "/dashboard"] as const) : (["api /api/me", "/api/me"] as const);
      const response = await timed(route, () => session.client.copy().request(target.url, path, { headers: { accept: "text/html" } }));
      if (!response) return;
      await response.arrayBuffer();
      const honoured = response.status === 200;
      const revokedAt = revoked.get(cookie);
      if (honoured && revokedAt !== undefined && revokedAt < asked) violations += 1;
      if (!honoured && revokedAt === undefined && response.status >= 500) countError(`${route}: ${response.status}`);
    } else if (roll < 0.93) {
      const index = Math.floor(Math.random() * live.length);
      const [session] = live.splice(index, 1);
      const cookie = session!.client.session!;
      const result = await timed("sign-out", () => session!.client.copy().action(target.url, "/dashboard", ids.signOut, []));
      if (result?.redirect?.includes("/login?signedOut=1")) revoked.set(cookie, Date.now());
      else if (result) countError(`sign-out: ${result.status}`);
    } else {
      const user = pick(pool)!;
      const result = await timed("admin sign-out-everywhere", () =>
        adminClient.formAction(target.url, `/admin/users/${user.id}`, ids.everywhere, { userId: user.id }),
      );
      if (result && result.status < 400) {
        const at = Date.now();
        for (let index = live.length - 1; index >= 0; index--) {
          const session = live[index]!;
          if (session.userId === user.id && session.issuedAt < at) {
            revoked.set(session.client.session!, at);
            live.splice(index, 1);
          }
        }
      } else if (result) countError(`admin sign-out-everywhere: ${result.status}`);
    }
  };
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline && requests < MAX_REQUESTS) await step();
    }),
  );
  const elapsed = (Date.now() - started) / 1000;

  // The books: registrations and revocations, checked after the load.
  const found = await db.user.findMany({ where: { email: { in: acknowledged } }, select: { email: true } });
  const missing = acknowledged.filter((email) => !found.some((row) => row.email === email));
  const duplicates = found.length - new Set(found.map((row) => row.email)).size;
  let outlived = 0;
  for (const cookie of revoked.keys()) {
    const client = new Client("10.255.255.254");
    client.cookies.set("authjs.session-token", cookie);
    for (const target of instances) if ((await client.request(target.url, "/api/me")).status === 200) outlived += 1;
  }

  console.log(`\nLoad: ${requests} requests in ${elapsed.toFixed(1)} s (${(requests / elapsed).toFixed(1)}/s), ${CONCURRENCY} clients, 2 instances`);
  console.log("route                        count    p50 ms    p99 ms");
  for (const [route, list] of [...timings].sort()) {
    const sorted = [...list].sort((x, y) => x - y);
    console.log(`${route.padEnd(28)} ${String(sorted.length).padStart(5)} ${percentile(sorted, 50).toFixed(1).padStart(9)} ${percentile(sorted, 99).toFixed(1).padStart(9)}`);
  }
  console.log(errors.size ? `errors by kind: ${[...errors].map(([kind, count]) => `${kind} × ${count}`).join(", ")}` : "errors by kind: none");
  console.log(`registrations acknowledged: ${acknowledged.length}; missing: ${missing.length}; duplicated: ${duplicates}`);
  console.log(`sessions revoked: ${revoked.size}; honoured after revocation during the run: ${violations}; honoured when replayed afterwards: ${outlived}`);
  const ok = missing.length === 0 && duplicates === 0 && violations === 0 && outlived === 0;
  console.log(ok ? "books: OK" : "books: FAILED");
  if (!ok) exitCode = 1;
  await db.$disconnect();
} finally {
  await closePasswordPool();
  await stack.stop();
}
process.exit(exitCode);
