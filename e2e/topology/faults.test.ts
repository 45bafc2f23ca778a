// The faults real deployments see, on the production topology (two `next start` instances, one
// PostgreSQL, one redis-server behind the Upstash REST bridge): Redis and PostgreSQL going away
// and coming back under traffic, a graceful stop with a sign-in in flight, a crash mid-storm.
import { Agent, request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { closePasswordPool } from "@/lib/password/hash";
import { actionId, Client } from "./support/client";
import { waitForHealth, type Instance } from "./support/instance";
import { launchTogether, startStack, type Stack } from "./support/stack";
import { roomInWindow } from "./support/limit-window";
import { connect, PASSWORD, seedUser } from "./support/seed";

let stack: Stack;
let db: Db;
let a: Instance;
let b: Instance;

beforeAll(async () => {
  stack = await startStack();
  db = connect(stack.databaseUrl);
  [a, b] = (await launchTogether(stack, [0, 1])) as [Instance, Instance];
});

afterAll(async () => {
  await db?.$disconnect();
  await closePasswordPool();
  await stack?.stop();
});

let ipCounter = 0;
function newClient(): Client {
  ipCounter += 1;
  return new Client(`192.0.2.${ipCounter}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readiness(instance: Instance): Promise<{ status: number; body: string }> {
  const response = await fetch(`${instance.url}/api/ready`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: ((await response.json()) as { status: string }).status };
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("Redis stopped and started", () => {
  it("limits fall back to each instance's own limiter without a hang, and are shared again when Redis returns", async () => {
    await stack.stopRedis();
    try {
      expect(await readiness(a)).toEqual({ status: 200, body: "degraded" });
      const user = await seedUser(db, "redis-down@topology.test");
      const client = newClient();
      // At once, so that all ten fall in one window however slow the machine is.
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 10 }, () => client.copy().signIn(a.url, user.email, "not-the-password-3")));
      expect(answers).toEqual(Array(10).fill("refused"));
      // Answered, not hung: the backend gives up after 500 ms and the in-process limiter decides.
      // The bound is far above a slow machine's sign-ins; only requests waiting on Redis reach it.
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(a.output.some((line) => line.includes("[rate-limit] backend unavailable, using the in-process limiter"))).toBe(true);
      // Never open: the in-process limiter still refuses the 11th.
      expect(await client.signIn(a.url, user.email, PASSWORD)).toBe("rate-limited");
    } finally {
      await stack.startRedis();
    }
    await until(async () => (await readiness(a)).body === "ready" && (await readiness(b)).body === "ready", 15_000, "ready again");

    const user = await seedUser(db, "redis-back@topology.test");
    const client = newClient();
    // Early in a window, so that the ten and the one after fall in one window of the shared
    // sliding window (e2e/topology/support/limit-window.ts says why).
    await roomInWindow("signInPerAccountIp", 30);
    const shared: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      shared.push(await client.copy().signIn(attempt % 2 ? a.url : b.url, user.email, "not-the-password-4"));
    }
    expect(shared).toEqual(Array(10).fill("refused"));
    expect(await client.signIn(b.url, user.email, PASSWORD)).toBe("rate-limited");
  });
});

type Observed = { route: string; status: number; contentType: string; requestIdHeader: string | null; body: string };

describe("PostgreSQL restarted under traffic", () => {
  it("answers clear 503s while it is down, heals by itself, and leaves no registration half-written", async () => {
    const user = await seedUser(db, "outage@topology.test");
    const reader = newClient();
    expect(await reader.signIn(a.url, user.email, PASSWORD)).toBe("signed-in");
    const register = actionId("app/(auth)/actions.ts", "registerAction");

    const observed: Observed[] = [];
    const acknowledged: string[] = [];
    const record = async (route: string, response: Response) => {
      observed.push({
        route,
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        requestIdHeader: response.headers.get("x-request-id"),
        body: await response.text(),
      });
    };
    let running = true;
    let round = 0;
    const traffic = (async () => {
      while (running) {
        round += 1;
        const target = round % 2 ? a : b;
        const email = `registrant-${round}@outage.test`;
        const password = `Outage-Harbor-${round}-Lantern`;
        await Promise.all([
          newClient()
            .action(target.url, "/register", register, [{ name: `Registrant ${round}`, email, password, confirmPassword: password }])
            .then(async (result) => {
              if (result.redirect?.includes("/register/check-email")) acknowledged.push(email);
              observed.push({ route: "register", status: result.status, contentType: result.response.headers.get("content-type") ?? "", requestIdHeader: result.response.headers.get("x-request-id"), body: result.body });
            }),
          reader.request(target.url, "/api/me").then((response) => record("/api/me", response)),
          reader.request(target.url, "/dashboard", { headers: { accept: "text/html" } }).then((response) => record("/dashboard", response)),
        ]);
      }
    })();

    await until(async () => acknowledged.length >= 2, 30_000, "registrations before the outage");
    stack.postgres.stop("fast");
    const outageStarted = observed.length;
    try {
      await until(async () => observed.slice(outageStarted).filter((entry) => entry.status === 503).length >= 6, 30_000, "503s during the outage");
      expect((await readiness(a)).status).toBe(503);
      expect((await readiness(b)).status).toBe(503);
    } finally {
      stack.postgres.start();
    }
    await until(async () => (await readiness(a)).status === 200 && (await readiness(b)).status === 200, 30_000, "both instances ready again");
    const healed = acknowledged.length;
    await until(async () => acknowledged.length >= healed + 2, 30_000, "registrations after the outage");
    running = false;
    await traffic;

    // Never a 500, never internals; every 503 says what happened and carries the request id.
    expect(observed.filter((entry) => entry.status >= 500 && entry.status !== 503)).toEqual([]);
    for (const entry of observed) {
      expect(entry.body).not.toMatch(/Prisma|ECONNREFUSED|\n\s+at |node_modules/);
    }
    const outage = observed.filter((entry) => entry.status === 503);
    for (const entry of outage) {
      expect(entry.requestIdHeader).toMatch(/^[0-9a-f-]{36}$/);
      expect(entry.body).toContain(entry.requestIdHeader);
    }
    const apiOutage = outage.filter((entry) => entry.route === "/api/me");
    const pageOutage = outage.filter((entry) => entry.route === "/dashboard");
    expect(apiOutage.length).toBeGreaterThan(0);
    expect(apiOutage.every((entry) => entry.contentType === "application/problem+json")).toBe(true);
    expect(pageOutage.length).toBeGreaterThan(0);
    expect(pageOutage.every((entry) => entry.contentType.startsWith("text/html") && entry.body.includes("Service unavailable"))).toBe(true);

    // The session from before the outage works on both instances again.
    expect((await reader.request(a.url, "/api/me")).status).toBe(200);
    expect((await reader.request(b.url, "/api/me")).status).toBe(200);

    // Every acknowledged registration exists exactly once; every registration that exists is whole.
    const registered = await db.user.findMany({ where: { email: { endsWith: "@outage.test" } }, include: { roles: true } });
    const emails = registered.map((row) => row.email);
    for (const email of acknowledged) expect(emails.filter((candidate) => candidate === email)).toHaveLength(1);
    const audited = await db.auditEvent.findMany({ where: { type: "user.registered", subjectId: { in: registered.map((row) => row.id) } } });
    for (const row of registered) {
      expect(row.roles.map((role) => role.roleName)).toEqual(["user"]);
      expect(row.passwordHash).toBeTruthy();
      expect(audited.filter((event) => event.subjectId === row.id)).toHaveLength(1);
    }
  });
});

describe("SIGTERM", () => {
  it("stops accepting, lets a sign-in in flight finish, closes its pools and exits 0", async () => {
    const user = await seedUser(db, "graceful@topology.test");
    const client = newClient();
    const csrf = (await (await client.request(a.url, "/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ email: user.email, password: PASSWORD, remember: "false", csrfToken: csrf.csrfToken, callbackUrl: "/dashboard" }).toString();
    const half = Math.floor(body.length / 2);

    // The request is being handled, half its body sent, when the signal arrives. Its connection
    // is a keep-alive one, as a load balancer's is: the answer must close it, or the drain would
    // wait for the 65 s keep-alive (past SHUTDOWN_TIMEOUT, so the exit code would be 1).
    const keepAlive = new Agent({ keepAlive: true });
    const answer = new Promise<{ status: number; location: string; cookies: string[]; connection: string | undefined }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: a.port,
          method: "POST",
          path: "/api/auth/callback/credentials",
          agent: keepAlive,
          headers: {
            host: `localhost:${a.port}`,
            origin: a.url,
            cookie: client.cookieHeader(),
            "x-forwarded-for": client.ip,
            "content-type": "application/x-www-form-urlencoded",
            "content-length": Buffer.byteLength(body),
            // "100 Continue" comes back once the server has parsed the request: from then on it
            // is in flight, not a connection waiting in the listen queue.
            expect: "100-continue",
          },
        },
        (response) => {
          response.resume();
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              location: String(response.headers.location ?? ""),
              cookies: response.headers["set-cookie"] ?? [],
              connection: response.headers.connection,
            }),
          );
        },
      );
      req.on("error", reject);
      req.on("continue", () => {
        req.write(body.slice(0, half));
        a.signal("SIGTERM");
        setTimeout(() => req.end(body.slice(half)), 700);
      });
      req.flushHeaders();
    });

    const { status, location, cookies, connection } = await answer;
    keepAlive.destroy();
    expect(status).toBe(302);
    expect(connection).toBe("close");
    expect(location).toContain("/dashboard");
    const session = cookies.find((cookie) => cookie.startsWith("authjs.session-token="));
    expect(session).toBeDefined();
    expect(await a.exited).toBe(0);
    expect(a.output.some((line) => line.includes('"msg":"shutdown complete"'))).toBe(true);
    // Gone from the network, while B serves the session A issued while stopping.
    await expect(fetch(`${a.url}/api/health`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    const holder = new Client(client.ip);
    holder.cookies.set("authjs.session-token", session!.split(";")[0]!.split("=").slice(1).join("="));
    expect((await holder.request(b.url, "/api/me")).status).toBe(200);
  });
});

describe("an instance killed with SIGKILL during a sign-in storm", () => {
  it("the other keeps serving and no acknowledged sign-in is lost", async () => {
    a = stack.launch(0);
    await waitForHealth(a);
    const user = await seedUser(db, "storm@topology.test");
    const outcomes: { instance: string; result: string; client: Client }[] = [];
    let next = 0;
    const total = 32;
    const worker = async () => {
      while (next < total) {
        const index = next++;
        const target = index % 2 ? b : a;
        const client = newClient();
        const result = await client.signIn(target.url, user.email, PASSWORD).catch(() => "connection-lost");
        outcomes.push({ instance: target.name, result, client });
        if (outcomes.length === 8) await b.kill();
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    expect(b.running()).toBe(false);
    const onA = outcomes.filter((outcome) => outcome.instance === "A");
    expect(onA.every((outcome) => outcome.result === "signed-in")).toBe(true);
    const acknowledged = outcomes.filter((outcome) => outcome.result === "signed-in");
    expect(outcomes.some((outcome) => outcome.result === "connection-lost")).toBe(true);
    for (const { client } of acknowledged) expect((await client.request(a.url, "/api/me")).status).toBe(200);
    expect((await readiness(a)).status).toBe(200);
  });
});
