// A PostgreSQL cluster of the suite's own (initdb into a temp folder, a loopback port), so the
// fault tests can stop and restart it freely. Never the shared server or CI's.
// Like .ci/run: as root the server runs as the `postgres` user (it refuses to run as root).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, chownSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { userInfo } from "node:os";

const PG_BIN = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"].find((dir) =>
  existsSync(join(dir, "initdb")),
);

export type PostgresCluster = {
  port: number;
  url(database: string): string;
  stop(mode?: "fast" | "immediate"): void;
  start(): void;
  destroy(): void;
};

export function startPostgresCluster(port: number): PostgresCluster {
  if (!PG_BIN) throw new Error("PostgreSQL's initdb was not found (apt-get install postgresql)");
  const root = mkdtempSync(join(tmpdir(), "gatehouse-topology-pg-"));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(root, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const command = asRoot ? "runuser" : join(PG_BIN, program);
    const commandArgs = asRoot ? ["-u", "postgres", "--", join(PG_BIN, program), ...args] : args;
    const result = spawnSync(command, commandArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  };
  const data = join(root, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"]);
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${root} -c fsync=off -c max_connections=200`;
  const start = () => run("pg_ctl", ["-D", data, "-l", join(root, "log"), "-w", "-o", options, "start"]);
  start();
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "gatehouse"]);
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: (mode = "fast") => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    start,
    destroy() {
      spawnSync(asRoot ? "runuser" : join(PG_BIN, "pg_ctl"), asRoot ? ["-u", "postgres", "--", join(PG_BIN, "pg_ctl"), "-D", data, "-m", "immediate", "stop"] : ["-D", data, "-m", "immediate", "stop"]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
