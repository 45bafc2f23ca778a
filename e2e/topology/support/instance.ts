// One `next start` process of the build in .next, started the way an operator would run it:
// the server binary itself (npx/npm do not forward SIGTERM), its environment, a loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const NEXT_BIN = `${ROOT}node_modules/next/dist/bin/next`;

export type Instance = {
  name: string;
  port: number;
  url: string;
  /** Everything the process printed, one entry per line. */
  output: string[];
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then the exit code. */
  terminate(): Promise<number | null>;
  /** SIGKILL, as a crashed machine would. */
  kill(): Promise<void>;
  running(): boolean;
};

export type InstanceOptions = { name: string; port: number; env: Record<string, string> };

export function startInstance({ name, port, env }: InstanceOptions): Instance {
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1", "--keepAliveTimeout", "65000"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  return {
    name,
    port,
    url: `http://localhost:${port}`,
    output,
    exited,
    signal: (signal) => child.kill(signal),
    async terminate() {
      if (exitCode === undefined) child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      if (exitCode === undefined) child.kill("SIGKILL");
      await exited;
    },
    running: () => exitCode === undefined,
  };
}

/** Waits until the instance answers /api/health (the process serves HTTP). */
export async function waitForHealth(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!instance.running()) throw new Error(`${instance.name} exited:\n${instance.output.slice(-30).join("\n")}`);
    try {
      const response = await fetch(`http://127.0.0.1:${instance.port}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${instance.name} did not become healthy:\n${instance.output.slice(-30).join("\n")}`);
}
