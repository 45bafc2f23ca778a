import { afterAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:net";
import { createPrismaClient } from "./create-client";
import { isDatabaseUnavailable } from "./database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a PostgreSQL server that refuses connections, through Prisma's layers", async () => {
    // A port nothing listens on: the real client, the real adapter, the real error.
    const db = createPrismaClient("postgres://postgres@127.0.0.1:1/gatehouse");
    const errors = await Promise.all([
      db.user.findFirst().catch((error: unknown) => error),
      db.$queryRaw`SELECT 1`.catch((error: unknown) => error),
      db.$transaction(async (tx) => tx.user.count()).catch((error: unknown) => error),
    ]);
    for (const error of errors) expect(isDatabaseUnavailable(error)).toBe(true);
  });

  const servers: Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  it("recognises a server that hangs up mid-handshake (a restart)", async () => {
    const server = createServer((socket) => socket.destroy());
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const db = createPrismaClient(`postgres://postgres@127.0.0.1:${port}/gatehouse`);
    const error = await db.user.findFirst().catch((caught: unknown) => caught);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises PostgreSQL's shutdown and overload states by SQLSTATE", () => {
    for (const code of ["57P01", "57P03", "08006", "53300"]) {
      expect(isDatabaseUnavailable({ kind: "postgres", code, message: "…" })).toBe(true);
    }
  });

  it("leaves every other error alone: constraint violations, bugs, invalid input", async () => {
    const db = createPrismaClient("file::memory:");
    const missingTable = await db.user.findFirst().catch((error: unknown) => error);
    expect(missingTable).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(missingTable)).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
