// Many instances behave as one (DESIGN.md, "Invariants"): two `next start` instances of one build
// sharing one PostgreSQL and one redis-server (behind the Upstash REST bridge), on loopback.
// The cases run in order on one topology; the faults come last.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { closePasswordPool } from "@/lib/password/hash";
import { actionId, Client } from "./support/client";
import { launchTogether, startStack, type Stack } from "./support/stack";
import { roomInWindow } from "./support/limit-window";
import { connect, PASSWORD, seedUser } from "./support/seed";
import type { Instance } from "./support/instance";

let stack: Stack;
let db: Db;
let a: Instance;
let b: Instance;

beforeAll(async () => {
  stack = await startStack();
  db = connect(stack.databaseUrl);
});

afterAll(async () => {
  await db?.$disconnect();
  await closePasswordPool();
  await stack?.stop();
});

let ipCounter = 0;
/** A client at an address of its own, so per-IP limits of one case never touch another. */
function newClient(): Client {
  ipCounter += 1;
  return new Client(`198.51.100.${ipCounter}`);
}

async function me(client: Client, instance: Instance): Promise<number> {
  return (await client.request(instance.url, "/api/me")).status;
}

describe("three instances started at once on an empty database", () => {
  it("one applies the migrations, the others wait for it and then serve; none fails or applies twice", async () => {
    const [first, second, third] = await launchTogether(stack, [0, 1, 2]);
    const appliers = [first!, second!, third!].filter((instance) => instance.output.some((line) => line.startsWith("Applied ")));
    expect(appliers).toHaveLength(1);
    const rows = await db.$queryRaw<{ migration_name: string; count: bigint }[]>`
      SELECT migration_name, count(*) AS count FROM _prisma_migrations GROUP BY migration_name`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => Number(row.count) === 1)).toBe(true);
    for (const instance of [first!, second!, third!]) {
      const ready = await fetch(`${instance.url}/api/ready`);
      expect(ready.status, `${instance.name}: ${await ready.text()}\n${instance.output.join("\n")}`).toBe(200);
    }
    // Two instances are the topology from here on.
    expect(await third!.terminate()).toBe(0);
    [a, b] = [first!, second!];
  });
});

describe("sessions across instances", () => {
  it("a session started on A is honoured on B", async () => {
    const user = await seedUser(db, "across@topology.test");
    const client = newClient();
    expect(await client.signIn(a.url, user.email, PASSWORD)).toBe("signed-in");
    const response = await client.request(b.url, "/api/me");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { email: string }).email).toBe(user.email);
  });

  it("signing out on B is refused on A on the very next request", async () => {
    const user = await seedUser(db, "signout@topology.test");
    const client = newClient();
    expect(await client.signIn(a.url, user.email, PASSWORD)).toBe("signed-in");
    const stale = client.copy();
    expect(await me(client, a)).toBe(200);
    const signOut = await client.action(b.url, "/dashboard", actionId("app/(auth)/actions.ts", "signOutAction"), []);
    expect(signOut.redirect).toContain("/login?signedOut=1");
    // The cookie the browser held before signing out, replayed on the other instance.
    expect(await me(stale, a)).toBe(401);
  });

  it("an admin's revocation, role change and deactivation on one instance take effect on the other at once", async () => {
    const admin = await seedUser(db, "admin@topology.test", ["user", "admin"]);
    const editor = await seedUser(db, "editor@topology.test", ["user", "editor"]);
    const adminClient = newClient();
    const editorClient = newClient();
    expect(await adminClient.signIn(a.url, admin.email, PASSWORD)).toBe("signed-in");
    expect(await editorClient.signIn(a.url, editor.email, PASSWORD)).toBe("signed-in");
    expect((await editorClient.request(b.url, "/editor")).status).toBe(200);

    // Role change on A: the editor's cookie still claims the role, B's data access layer says no.
    const changeRole = await adminClient.formAction(a.url, `/admin/users/${editor.id}`, actionId("app/admin/actions.ts", "changeRoleAction"), {
      userId: editor.id,
      role: "editor",
      grant: "false",
    });
    expect(changeRole.status).toBeLessThan(400);
    expect((await db.userRole.findMany({ where: { userId: editor.id } })).map((role) => role.roleName)).toEqual(["user"]);
    expect((await editorClient.request(b.url, "/editor")).status).toBe(403);
    expect(await me(editorClient, b)).toBe(200);

    // Deactivation on B: refused on A.
    const deactivate = await adminClient.formAction(b.url, `/admin/users/${editor.id}`, actionId("app/admin/actions.ts", "setActiveAction"), {
      userId: editor.id,
      active: "false",
    });
    expect(deactivate.status).toBeLessThan(400);
    expect(await me(editorClient, a)).toBe(401);
    expect(await me(editorClient, b)).toBe(401);
  });

  it("'sign out everywhere' by an admin on A ends the user's sessions on B", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@topology.test" } });
    const user = await seedUser(db, "everywhere@topology.test");
    const adminClient = newClient();
    const userClient = newClient();
    expect(await adminClient.signIn(b.url, admin.email, PASSWORD)).toBe("signed-in");
    expect(await userClient.signIn(b.url, user.email, PASSWORD)).toBe("signed-in");
    expect(await me(userClient, b)).toBe(200);
    const revoke = await adminClient.formAction(a.url, `/admin/users/${user.id}`, actionId("app/admin/actions.ts", "signOutUserEverywhereAction"), {
      userId: user.id,
    });
    expect(revoke.status).toBeLessThan(400);
    expect(await me(userClient, b)).toBe(401);
  });
});

describe("limits and lockout count attempts on both instances together", () => {
  it("the per-account-and-address limit refuses the 11th attempt, whichever instance the 10 before went to", async () => {
    const user = await seedUser(db, "limited@topology.test");
    const client = newClient();
    // At once, and early in a window, so that all ten and the two after fall in one window
    // however slow the machine is (e2e/topology/support/limit-window.ts says why).
    await roomInWindow("signInPerAccountIp", 30);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) => client.copy().signIn(attempt % 2 ? b.url : a.url, user.email, "not-the-password-1")),
    );
    expect(answers).toEqual(Array(10).fill("refused"));
    // Either instance alone has seen 5: only a shared count refuses this one.
    expect(await client.signIn(a.url, user.email, PASSWORD)).toBe("rate-limited");
    expect(await client.signIn(b.url, user.email, PASSWORD)).toBe("rate-limited");
  });

  it("ten wrong passwords at once, five on each instance, lock the account: none of them is lost", async () => {
    const user = await seedUser(db, "lockout@topology.test");
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) => newClient().signIn(attempt % 2 ? b.url : a.url, user.email, "not-the-password-2")),
    );
    expect(answers.every((answer) => answer === "refused")).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedSignInCount).toBe(10);
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    // The right password from a client the account has never seen is refused on both.
    expect(await newClient().signIn(a.url, user.email, PASSWORD)).toBe("refused");
    expect(await newClient().signIn(b.url, user.email, PASSWORD)).toBe("refused");
  });
});

describe("emailed links are single-use across instances", () => {
  it("a reset link issued on A and opened on A and B at the same moment resets the password once", async () => {
    const user = await seedUser(db, "reset@topology.test");
    const requested = await newClient().action(a.url, "/forgot-password", actionId("app/(auth)/email-actions.ts", "forgotPasswordAction"), [
      { email: user.email },
    ]);
    expect(requested.status).toBe(200);
    // Mail goes out after the response: wait for it in the development outbox (DEV_OUTBOX=true).
    let token: string | undefined;
    for (let wait = 0; wait < 100 && !token; wait++) {
      const mail = await db.outboxEmail.findFirst({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
      token = mail?.text.match(/reset-password\?token=([\w-]+)/)?.[1];
      if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(token).toBeDefined();

    const onA = newClient();
    const onB = newClient();
    // Opening the link moves its token into a cookie (middleware), on each instance.
    expect((await onA.request(a.url, `/reset-password?token=${token}`)).status).toBe(303);
    expect((await onB.request(b.url, `/reset-password?token=${token}`)).status).toBe(303);
    const reset = actionId("app/(auth)/email-actions.ts", "resetPasswordAction");
    const chosen = { A: "Glacier-Orbit-Lantern-4417", B: "Meadow-Quartz-Harbor-9051" };
    const [fromA, fromB] = await Promise.all([
      onA.action(a.url, "/reset-password", reset, [{ password: chosen.A, confirmPassword: chosen.A }]),
      onB.action(b.url, "/reset-password", reset, [{ password: chosen.B, confirmPassword: chosen.B }]),
    ]);
    const succeeded = [fromA, fromB].filter((result) => result.redirect?.includes("/login?passwordReset=1"));
    expect(succeeded).toHaveLength(1);
    const winner = succeeded[0] === fromA ? chosen.A : chosen.B;
    const loser = succeeded[0] === fromA ? chosen.B : chosen.A;
    expect(await newClient().signIn(b.url, user.email, winner)).toBe("signed-in");
    expect(await newClient().signIn(a.url, user.email, loser)).toBe("refused");
  });
});

describe("the token API across instances", () => {
  type Tokens = { access_token: string; refresh_token: string };

  async function post(client: Client, instance: Instance, path: string, body: Record<string, string>): Promise<Response> {
    return client.request(instance.url, path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  async function apiMe(client: Client, instance: Instance, accessToken: string): Promise<number> {
    return (await client.request(instance.url, "/api/v1/me", { headers: { authorization: `Bearer ${accessToken}` } })).status;
  }

  it("a refresh token rotated on A and replayed on B past the grace window ends its family on both", async () => {
    const user = await seedUser(db, "tokens@topology.test");
    const client = newClient();
    const issued = await post(client, a, "/api/v1/auth/token", { email: user.email, password: PASSWORD });
    expect(issued.status).toBe(200);
    const first = (await issued.json()) as Tokens;

    const rotated = await post(client, a, "/api/v1/auth/refresh", { refresh_token: first.refresh_token });
    expect(rotated.status).toBe(200);
    const second = (await rotated.json()) as Tokens;
    expect(await apiMe(client, b, second.access_token)).toBe(200);

    // Past REFRESH_TOKEN_GRACE (5 s by default) a second use is a replay, whichever instance sees it.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const replayed = await post(client, b, "/api/v1/auth/refresh", { refresh_token: first.refresh_token });
    expect(replayed.status).toBe(400);
    expect((await post(client, a, "/api/v1/auth/refresh", { refresh_token: second.refresh_token })).status).toBe(400);
    expect(await apiMe(client, a, second.access_token)).toBe(401);
    expect(await apiMe(client, b, second.access_token)).toBe(401);
  });

  it("a revocation made on B is seen by A on the next request", async () => {
    const user = await seedUser(db, "revoke-token@topology.test");
    const client = newClient();
    const tokens = (await (await post(client, a, "/api/v1/auth/token", { email: user.email, password: PASSWORD })).json()) as Tokens;
    expect(await apiMe(client, a, tokens.access_token)).toBe(200);
    expect((await post(client, b, "/api/v1/auth/revoke", { token: tokens.refresh_token })).status).toBe(200);
    expect(await apiMe(client, a, tokens.access_token)).toBe(401);
    expect((await post(client, a, "/api/v1/auth/refresh", { refresh_token: tokens.refresh_token })).status).toBe(400);
  });
});
