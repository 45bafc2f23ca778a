// Test-only: a real redis-server on a loopback port, started and stopped by the test itself.
import { spawn, type ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";

export type RedisServer = { port: number; stop(): Promise<void> };

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A loopback port nobody listens on right now, chosen by the kernel. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no free loopback port");
  return address.port;
}

/**
 * Starts a redis-server of this test's own: on `port` (derived from E2E_PORT by the Playwright
 * setup), or on a free port. A port someone already listens on is refused: another checkout's
 * redis-server would otherwise answer in this one's place and share its counters.
 */
export async function startRedisServer(requested?: number): Promise<RedisServer> {
  const port = requested ?? (await freePort());
  if (await accepting(port)) throw new Error(`127.0.0.1:${port} is already in use: another redis-server would answer in this test's place`);
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let spawnError: Error | undefined;
  child.once("error", (error) => (spawnError = error));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (spawnError) throw new Error(`redis-server did not start (apt-get install redis-server): ${spawnError.message}`);
    if (child.exitCode !== null) throw new Error(`redis-server exited before listening on 127.0.0.1:${port} (taken meanwhile?)`);
    if (await accepting(port)) {
      return {
        port,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
          await exited;
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`redis-server did not listen on 127.0.0.1:${port}`);
}
