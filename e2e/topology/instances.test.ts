// Many instances behave as one (DESIGN.md, "Invariants"): two `next start` instances of one build
// sharing one PostgreSQL and one redis-server (behind the Upstash REST bridge), on loopback.
// The cases run in order on one topology; the faults come last.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import { closePasswordPool } from "@/lib/password/hash";
import { actionId, Client } from "./support/client";
import { launchTogether, startStack, type Stack } from "./support/stack";
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
      expect((await fetch(`${instance.url}/api/ready`)).status).toBe(200);
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
