// Test-only: a real redis-server on a loopback port, started and stopped by the test itself.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";

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

export async function startRedisServer(port: number): Promise<RedisServer> {
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
