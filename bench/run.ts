// npm run bench — numbers, not assertions. Builds a scratch copy of the app with three probe
// routes added (bench/probes), runs it as a production server on a fresh SQLite database, and
// prints throughput, latency and the ratios the foundation issue sets targets for.
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { closePasswordPool, hashPassword, verifyPassword } from "@/lib/password/hash";
import { settings } from "@/lib/config/settings";
import { BENCH_ACCOUNTS, benchAccount } from "./accounts";
import { newSigningKeyJwk } from "../scripts/lib/signing-key.mjs";

const ROOT = resolve(import.meta.dirname, "..");
// Outside the repository, so Next treats the copy as its own project root.
const SCRATCH = join(tmpdir(), "gatehouse-bench");
// BENCH_PORT: another free port when a colleague's bench (or anything else) holds 3200.
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://localhost:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const ROUNDS = 3;
const STORM_SECONDS = Number(process.env.BENCH_STORM_SECONDS ?? 20);
// The storm's "other client" is a visitor, not a second load generator: one connection at a steady
// rate. A client that asks as fast as it can would itself take a core of the two, and the storm
// would then measure that contest instead of the hashing pool.
const LIGHT_RATE = Number(process.env.BENCH_LIGHT_RATE ?? 50);
const STORM_WARMUP_SECONDS = 2;
const ENV: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: "file:./.bench/bench.db",
  AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
  FACTOR_ENCRYPTION_KEY: "ZTJlLW9ubHkgZmFjdG9yIGtleSAwMTIzNDU2Nzg5YWI=",
  AUTH_URL: BASE,
  AUTH_TOKEN_SIGNING_KEY: JSON.stringify(newSigningKeyJwk()),
  // The storm measures hashing under load, not the limits: relaxed the way an operator would.
  RATE_LIMIT_MULTIPLIER: "1000",
  LOCKOUT_THRESHOLD: "0",
  // The bench's one session outlives the default 60 s role-claim refresh; the gated probes would
  // then measure the redirect to /auth/refresh instead of the page.
  SESSION_ROLE_REFRESH: "1h",
  // The gated probes' editor signs in with a password alone; with the requirement on, the DAL
  // probe would measure the redirect to enrol. An enrolled editor pays one indexed lookup more.
  SECOND_FACTOR_REQUIRED_ROLES: "",
  // The bench measures this machine, not a third-party service (the breached-password check).
  PASSWORD_BREACH_CHECK: "false",
  // The bench sends no mail; production refuses to start without somewhere to send it.
  DEV_OUTBOX: "true",
};

function prepareScratchCopy() {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  execSync(
    `tar --exclude=./node_modules --exclude=./.next --exclude=./.e2e --exclude=./.bench --exclude=./.git --exclude=./data --exclude=./test-results -cf - . | tar -xf - -C "${SCRATCH}"`,
    { cwd: ROOT, stdio: "inherit" },
  );
  execSync(`cp -al node_modules "${SCRATCH}/node_modules"`, { cwd: ROOT, stdio: "inherit" });
  const probes: [string, string][] = [
    ["open.ts", "app/bench-open/route.ts"],
    ["gated.ts", "app/editor/bench-gated/route.ts"],
    ["gated-dal.ts", "app/editor/bench-dal/route.ts"],
    ["revocation-reads.ts", "app/bench-revocation/route.ts"],
    ["durable-write.ts", "app/bench-write/route.ts"],
  ];
  for (const [probe, target] of probes) {
    mkdirSync(join(SCRATCH, target, ".."), { recursive: true });
    cpSync(join(ROOT, "bench/probes", probe), join(SCRATCH, target));
  }
  keepOpenProbeOutsideMiddleware();
}

// The baseline is a route the middleware never sees (as the foundation issue defines it), so the
// gated ratio includes the whole cost of running the middleware, not only its role check.
function keepOpenProbeOutsideMiddleware() {
  const file = join(SCRATCH, "middleware.ts");
  const source = readFileSync(file, "utf8");
  const marker = 'matcher: ["/((?!';
  if (!source.includes(marker)) throw new Error(`bench: middleware.ts has no matcher starting ${marker}`);
  writeFileSync(file, source.replace(marker, `${marker}bench-open|bench-revocation|bench-write|`));
}

async function startServer(): Promise<ChildProcess> {
  // Otherwise the bench would measure whatever already listens there.
  const taken = await fetch(`${BASE}/`).then(() => true, () => false);
  if (taken) throw new Error(`port ${PORT} is in use: set BENCH_PORT to a free one`);
  const server = spawn("npx", ["next", "start", "--port", String(PORT), "--hostname", "127.0.0.1", "--keepAliveTimeout", "65000"], {
    cwd: SCRATCH,
    env: ENV,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  serverGroup = server.pid;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error("the bench server did not start");
}

type TokenAnswer = { access_token: string; refresh_token: string };

/** A token sign-in: POST /api/v1/auth/token. */
async function tokenSignIn(email: string, password: string): Promise<{ ok: boolean; tokens: TokenAnswer | null }> {
  const response = await fetch(`${BASE}/api/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
  return response.ok ? { ok: true, tokens: (await response.json()) as TokenAnswer } : { ok: false, tokens: null };
}

/**
 * Refresh rotations per second: 8 clients, each rotating its own family as fast as it can for
 * `seconds` (each refresh is a transaction that writes two rows on SQLite).
 */
async function refreshRotations(seconds: number): Promise<{ perSecond: number; failures: number }> {
  const deadline = Date.now() + seconds * 1000;
  let rotations = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, client) => {
      const { email, password } = benchAccount(1 + client);
      let refreshToken = (await tokenSignIn(email, password)).tokens?.refresh_token;
      while (refreshToken && Date.now() < deadline) {
        const response = await fetch(`${BASE}/api/v1/auth/refresh`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: refreshToken }) });
        if (!response.ok) {
          failures += 1;
          break;
        }
        refreshToken = ((await response.json()) as TokenAnswer).refresh_token;
        rotations += 1;
      }
    }),
  );
  return { perSecond: rotations / seconds, failures };
}

async function signIn(email: string, password: string): Promise<{ ok: boolean; cookie: string | null }> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, remember: "false", callbackUrl: "/dashboard" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  return { ok: Boolean(session), cookie: session ? session.split(";")[0]! : null };
}

/** cpuMsPerRequest: the server's CPU time per request (NaN where /proc cannot tell). */
type Load = { rps: number; p50: number; p99: number; non2xx: number; cpuMsPerRequest: number };

// The running server's process group (its pid: it is spawned detached). Throughput on a shared
// VM moves with the neighbours; the CPU time the server spends per request moves much less.
let serverGroup: number | undefined;

/** CPU time used so far by every process in the group, in ms (Linux /proc; clock ticks of 10 ms). */
function groupCpuMs(group: number | undefined): number {
  if (group === undefined || !existsSync("/proc")) return Number.NaN;
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // After "pid (comm) ": state, ppid, pgrp, … utime is field 14 and stime field 15 of the line.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we read
    }
  }
  return ticks * 10;
}

type LoadOptions = { cookie?: string; headers?: Record<string, string>; connections?: number; seconds?: number; ratePerSecond?: number };

async function load(path: string, options: LoadOptions = {}): Promise<Load> {
  const cpuBefore = groupCpuMs(serverGroup);
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: options.connections ?? 8,
    duration: options.seconds ?? SECONDS,
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(options.ratePerSecond ? { overallRate: options.ratePerSecond } : {}),
  });
  const cpuMs = groupCpuMs(serverGroup) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    cpuMsPerRequest: cpuMs / Math.max(result.requests.total, 1),
  };
}

/** Each probe in turn, ROUNDS times, so drift in the machine's speed hits them all alike. Medians. */
async function interleaved(probes: { path: string; cookie?: string; headers?: Record<string, string> }[]): Promise<Load[]> {
  const runs: Load[][] = probes.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, probe] of probes.entries()) {
      runs[index]!.push(await load(probe.path, { cookie: probe.cookie, headers: probe.headers, seconds: SECONDS / ROUNDS }));
    }
  }
  return runs.map((results) => ({
    rps: median(results.map((result) => result.rps)),
    cpuMsPerRequest: median(results.map((result) => result.cpuMsPerRequest)),
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeHashing() {
  const cost = settings().bcryptCost;
  const hashes: number[] = [];
  const compares: number[] = [];
  let hash = "";
  for (let run = 0; run < 5; run++) {
    let start = performance.now();
    hash = await hashPassword("bench passphrase for timing", cost);
    hashes.push(performance.now() - start);
    start = performance.now();
    await verifyPassword("bench passphrase for timing", hash);
    compares.push(performance.now() - start);
  }
  // Context for the storm, not its target: what the pool does with every core comparing at once
  // and nothing else running. On a shared or hyperthreaded machine the cores do not add up, and
  // "cores ÷ one compare" is then a limit no server could reach.
  const cores = availableParallelism();
  const rounds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    await Promise.all(Array.from({ length: cores }, () => verifyPassword("bench passphrase for timing", hash)));
    rounds.push(performance.now() - start);
  }
  await closePasswordPool();
  return { cost, hashMs: median(hashes), compareMs: median(compares), parallelCeiling: cores / (Math.min(...rounds.slice(1)) / 1000) };
}

type SignInAttempt = (email: string, password: string) => Promise<{ ok: boolean }>;

async function storm(compareMs: number, attempt: SignInAttempt = signIn) {
  const visitor = { connections: 1, ratePerSecond: LIGHT_RATE };
  const idle = await load("/bench-open", { ...visitor, seconds: 10 });
  let attempts = 0;
  let accepted = 0;
  let errors = 0;
  // Measured in the steady state: the first STORM_WARMUP_SECONDS fill the queue (and start the
  // pool's second thread); sign-ins still queued at the end finish after the window closes.
  // Only sign-ins that end inside the window count toward the rate.
  let doneInWindow = 0;
  const windowStart = Date.now() + STORM_WARMUP_SECONDS * 1000;
  const deadline = windowStart + STORM_SECONDS * 1000;
  const worker = async (id: number) => {
    for (let turn = 0; Date.now() < deadline; turn++) {
      const index = 1 + ((id * 7 + turn) % (BENCH_ACCOUNTS - 1));
      const { email, password } = benchAccount(index);
      const right = turn % 2 === 0;
      try {
        const result = await attempt(email, right ? password : `${password}-wrong`);
        attempts += 1;
        const now = Date.now();
        if (now >= windowStart && now <= deadline) doneInWindow += 1;
        if (result.ok) accepted += 1;
        if (result.ok !== right) errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  const visitorDuringWindow = async () => {
    await new Promise((done) => setTimeout(done, windowStart - Date.now()));
    return load("/bench-open", { ...visitor, seconds: STORM_SECONDS });
  };
  const [light] = await Promise.all([
    visitorDuringWindow(),
    Promise.all(Array.from({ length: 16 }, (_, id) => worker(id))),
  ]);
  const cores = availableParallelism();
  const limit = cores / (compareMs / 1000);
  return { idle, light, attempts, accepted, errors, perSecond: doneInWindow / STORM_SECONDS, doneInWindow, limit, cores };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main() {
  const gatedRatio = { throughput: Number.NaN, cpu: Number.NaN };
  console.log(`bench: building a scratch copy with probe routes (${SCRATCH}) …`);
  prepareScratchCopy();
  execSync("npx next build", { cwd: SCRATCH, env: ENV, stdio: ["ignore", "ignore", "inherit"] });
  execSync("npx tsx --conditions=react-server bench/seed.ts", { cwd: SCRATCH, env: ENV, stdio: "inherit" });
  const server = await startServer();
  try {
    const editor = await signIn(benchAccount(0).email, benchAccount(0).password);
    if (!editor.cookie) throw new Error("bench sign-in failed");
    const cookie = editor.cookie;

    // The middleware sets a Content-Security-Policy on everything it sees.
    const [outside, inside] = await Promise.all([fetch(`${BASE}/bench-open`), fetch(`${BASE}/editor/bench-gated`, { headers: { cookie } })]);
    if (outside.headers.has("content-security-policy") || !inside.headers.has("content-security-policy")) {
      throw new Error("bench: /bench-open must skip the middleware and /editor/bench-gated must pass through it");
    }

    // Warm up every route once so compilation and first-hit caches are not measured.
    for (const path of ["/bench-open", "/editor/bench-gated", "/editor/bench-dal", "/", "/dashboard"]) {
      await load(path, { cookie, seconds: 1, connections: 2 });
    }
    const [open, gated, dal, landing, dashboard] = await interleaved([
      { path: "/bench-open" },
      { path: "/editor/bench-gated", cookie },
      { path: "/editor/bench-dal", cookie },
      { path: "/" },
      { path: "/dashboard", cookie },
    ]);

    console.log(`\nThroughput (${ROUNDS} interleaved rounds of ${SECONDS / ROUNDS}s each, medians; 8 connections, production build, SQLite)`);
    const rows: [string, Load][] = [
      ["probe outside the middleware    /bench-open", open!],
      ["probe gated by middleware       /editor/bench-gated", gated!],
      ["probe gated + DAL check         /editor/bench-dal", dal!],
      ["landing page, anonymous         /", landing!],
      ["dashboard, signed in            /dashboard", dashboard!],
    ];
    for (const [label, result] of rows) {
      console.log(`  ${label.padEnd(52)} ${fmt(result.rps, 0).padStart(6)} req/s   p50 ${fmt(result.p50)} ms   p99 ${fmt(result.p99)} ms   server CPU ${fmt(result.cpuMsPerRequest, 2)} ms/req${result.non2xx ? `   (${result.non2xx} non-2xx!)` : ""}`);
    }
    gatedRatio.throughput = gated!.rps / open!.rps;
    gatedRatio.cpu = open!.cpuMsPerRequest / gated!.cpuMsPerRequest;
    console.log(`  gated / outside        ${fmt(gatedRatio.throughput, 2)}×  (target ≥ 0.60×)   by server CPU per request: ${fmt(gatedRatio.cpu, 2)}×`);
    console.log(`  DAL cost: gated / DAL  ${fmt(gated!.rps / dal!.rps, 2)}×  (target ≤ 1.15×)   by server CPU per request: ${fmt(dal!.cpuMsPerRequest / gated!.cpuMsPerRequest, 2)}×`);
    console.log(`  with / without the session-registry check  ${fmt(dal!.rps / gated!.rps, 2)}×  (target ≥ 0.85×)`);

    await tokenApi();

    const hashing = await timeHashing();
    console.log(`\nPassword hashing at cost ${hashing.cost} (worker pool): hash ${fmt(hashing.hashMs, 0)} ms, compare ${fmt(hashing.compareMs, 0)} ms`);

    console.log(`\nSign-in storm: 16 concurrent sign-ins for ${STORM_SECONDS}s, half with wrong passwords, while one client reads /bench-open ${LIGHT_RATE} times a second`);
    const result = await storm(hashing.compareMs);
    console.log(`  sign-ins completed     ${result.attempts}, ${result.doneInWindow} within the ${STORM_SECONDS}s (${result.accepted} accepted, ${result.errors} wrong outcomes or errors)`);
    console.log(`  sign-ins/s             ${fmt(result.perSecond)}  vs limit ${fmt(result.limit)} (${result.cores} cores ÷ ${fmt(hashing.compareMs, 0)} ms)  → ${fmt(result.perSecond / result.limit, 2)}×  (target ≥ 0.90×)`);
    console.log(`  (context: all ${result.cores} cores comparing at once, nothing else running: ${fmt(hashing.parallelCeiling)} compares/s → the storm reached ${fmt(result.perSecond / hashing.parallelCeiling, 2)}× of that)`);
    console.log(`  light page p99         idle ${fmt(result.idle.p99)} ms → storm ${fmt(result.light.p99)} ms  → ${fmt(result.light.p99 / Math.max(result.idle.p99, 1), 2)}×  (target ≤ 4×)`);

    console.log(`\nToken storm: 16 concurrent POST /api/v1/auth/token for ${STORM_SECONDS}s, half with wrong passwords`);
    const tokens = await storm(hashing.compareMs, tokenSignIn);
    console.log(`  token sign-ins/s       ${fmt(tokens.perSecond)}  vs limit ${fmt(tokens.limit)} (${tokens.cores} cores ÷ ${fmt(hashing.compareMs, 0)} ms)  → ${fmt(tokens.perSecond / tokens.limit, 2)}×  (target ≥ 0.85×; ${tokens.errors} wrong outcomes or errors)`);
    console.log(`  (floor: all ${tokens.cores} cores comparing at once, nothing else running: ${fmt(hashing.parallelCeiling)} compares/s → ${fmt(tokens.perSecond / hashing.parallelCeiling, 2)}× of that)`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  if (process.env.BENCH_SKIP_FLOOR !== "1") await middlewareFloor(gatedRatio);
}

/** The token API's lines: /api/v1/me against the bare route, one bearer check, refresh rotations. */
async function tokenApi() {
  const signedIn = await tokenSignIn(benchAccount(0).email, benchAccount(0).password);
  if (!signedIn.tokens) throw new Error("bench: token sign-in failed");
  const authorization = `Bearer ${signedIn.tokens.access_token}`;
  await load("/api/v1/me", { headers: { authorization }, seconds: 1, connections: 2 });
  const { sid, jti } = JSON.parse(Buffer.from(signedIn.tokens.access_token.split(".")[1]!, "base64url").toString()) as { sid: string; jti: string };
  const readsPath = `/bench-revocation?sid=${encodeURIComponent(sid)}&jti=${encodeURIComponent(jti)}`;
  const [bare, reads, me] = await interleaved([{ path: "/bench-open" }, { path: readsPath }, { path: "/api/v1/me", headers: { authorization } }]);
  console.log(`\nToken API (${ROUNDS} interleaved rounds, medians)`);
  for (const [label, result] of [["probe outside the middleware    /bench-open", bare!], ["probe making the revocation reads only", reads!], ["GET /api/v1/me, access token", me!]] as const) {
    console.log(`  ${label.padEnd(52)} ${fmt(result.rps, 0).padStart(6)} req/s   p50 ${fmt(result.p50)} ms   p99 ${fmt(result.p99)} ms   server CPU ${fmt(result.cpuMsPerRequest, 2)} ms/req${result.non2xx ? `   (${result.non2xx} non-2xx!)` : ""}`);
  }
  console.log(`  /api/v1/me / bare route  ${fmt(me!.rps / bare!.rps, 2)}×  (target ≥ 0.80×)   by server CPU per request: ${fmt(bare!.cpuMsPerRequest / me!.cpuMsPerRequest, 2)}×`);
  console.log(`  (floor: a bare route making only the revocation reads ${fmt(reads!.rps / bare!.rps, 2)}× of the bare route; /api/v1/me reached ${fmt(me!.rps / reads!.rps, 2)}× of that floor)`);

  const check = JSON.parse(execSync("npx tsx --conditions=react-server bench/bearer-check.ts", { cwd: SCRATCH, env: ENV, encoding: "utf8" }).trim().split("\n").at(-1)!) as { runs: number; rawUs: number; firstUs: number; repeatedUs: number; lookupsUs: number };
  console.log(`  one bearer check (verify + family/blocklist/user in SQLite), medians of ${check.runs}:`);
  console.log(`    raw ES256 verify (node:crypto, the floor)  ${fmt(check.rawUs)} µs`);
  console.log(`    first use of a token                       ${fmt(check.firstUs)} µs  → ${fmt(check.firstUs / check.rawUs, 2)}×  (target ≤ 2.5×)`);
  console.log(`    same token again (verification remembered, revocation checked)  ${fmt(check.repeatedUs)} µs  → ${fmt(check.repeatedUs / check.rawUs, 2)}×  (target ≤ 0.3×)`);
  console.log(`    (floor: the revocation reads alone, family + user and blocklist in SQLite: ${fmt(check.lookupsUs)} µs = ${fmt(check.lookupsUs / check.rawUs, 2)}× raw verify; the same token again is ${fmt(check.repeatedUs / check.lookupsUs, 2)}× of that floor)`);

  const rotations = await refreshRotations(SECONDS / ROUNDS);
  console.log(`  refresh rotations/s (8 clients, SQLite)  ${fmt(rotations.perSecond)}  vs bare route ${fmt(bare!.rps, 0)} req/s  → ${fmt(rotations.perSecond / bare!.rps, 2)}×  (target ≥ 0.50×${rotations.failures ? `; ${rotations.failures} failed!` : ""})`);
  const commits = await load(`/bench-write?sid=${encodeURIComponent(sid)}`, { seconds: SECONDS / ROUNDS });
  console.log(`  (floor: a bare route committing one write transaction, 8 clients: ${fmt(commits.rps, 0)} req/s = ${fmt(commits.rps / bare!.rps, 2)}× of the bare route; the rotations reached ${fmt(rotations.perSecond / commits.rps, 2)}× of that floor)`);
}

/**
 * Context for the gated ratio: the same build with a middleware that only returns next(), so the
 * part of the gap that is Next's edge runtime (paid by any middleware) shows apart from Gatehouse's.
 */
async function middlewareFloor(gatedRatio: { throughput: number; cpu: number }) {
  console.log(`\nMiddleware floor: rebuilding with a middleware that only returns NextResponse.next() …`);
  const file = join(SCRATCH, "middleware.ts");
  const source = readFileSync(file, "utf8");
  const configAt = source.indexOf("export const config");
  if (configAt < 0) throw new Error("bench: middleware.ts has no `export const config`");
  const config = source.slice(configAt);
  writeFileSync(file, `import { NextResponse } from "next/server";\n\nexport function middleware() {\n  return NextResponse.next();\n}\n\n${config}`);
  execSync("npx next build", { cwd: SCRATCH, env: ENV, stdio: ["ignore", "ignore", "inherit"] });
  await waitForPortFree();
  const server = await startServer();
  try {
    for (const path of ["/bench-open", "/editor/bench-gated"]) await load(path, { seconds: 1, connections: 2 });
    const [open, gated] = await interleaved([{ path: "/bench-open" }, { path: "/editor/bench-gated" }]);
    const floor = gated!.rps / open!.rps;
    const floorByCpu = open!.cpuMsPerRequest / gated!.cpuMsPerRequest;
    console.log(`  outside ${fmt(open!.rps, 0)} req/s, through a no-op middleware ${fmt(gated!.rps, 0)} req/s  → ${fmt(floor, 2)}×   by server CPU per request: ${fmt(floorByCpu, 2)}× (${fmt(open!.cpuMsPerRequest, 2)} vs ${fmt(gated!.cpuMsPerRequest, 2)} ms)`);
    console.log(`  Gatehouse's middleware reached ${fmt(gatedRatio.throughput / floor, 2)}× of what any edge middleware allows here (by server CPU: ${fmt(gatedRatio.cpu / floorByCpu, 2)}×)`);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

async function waitForPortFree() {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (!(await fetch(`${BASE}/`).then(() => true, () => false))) return;
    await new Promise((done) => setTimeout(done, 200));
  }
}

main()
  .then(async () => {
    // The admin users table at 100,000 users (bench/users-query.ts; BENCH_POSTGRES_URL adds PostgreSQL).
    if (process.env.BENCH_SKIP_USERS === "1") return;
    const { benchUserQueries } = await import("./users-query");
    await benchUserQueries("SQLite", "file:./.bench/users.db");
    if (process.env.BENCH_POSTGRES_URL) await benchUserQueries("PostgreSQL", process.env.BENCH_POSTGRES_URL);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
