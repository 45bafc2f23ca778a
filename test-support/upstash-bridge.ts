// Test-only: speaks Upstash's REST protocol (POST a command array → {result}; /pipeline;
// /multi-exec) and forwards each command to a real redis-server over RESP, so the real
// @upstash/redis client and @upstash/ratelimit run end to end without Upstash.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

type Reply = string | number | null | Reply[] | RedisReplyError;
class RedisReplyError extends Error {}

/** A minimal RESP2 client: one connection, replies matched to commands in order. */
class RespConnection {
  private buffer = Buffer.alloc(0);
  private pending: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  private closed: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const parsed = parseReply(this.buffer, 0);
        if (!parsed) break;
        this.buffer = this.buffer.subarray(parsed.next);
        this.pending.shift()?.resolve(parsed.reply);
      }
    });
    const fail = (error: Error) => {
      this.closed = error;
      for (const waiter of this.pending.splice(0)) waiter.reject(error);
    };
    socket.on("error", fail);
    socket.on("close", () => fail(new Error("redis connection closed")));
  }

  static open(port: number): Promise<RespConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port });
      socket.once("connect", () => resolve(new RespConnection(socket)));
      socket.once("error", reject);
    });
  }

  get usable() {
    return this.closed === null;
  }

  send(args: (string | number)[]): Promise<Reply> {
    if (this.closed) return Promise.reject(this.closed);
    const parts = [`*${args.length}\r\n`];
    for (const arg of args) {
      const value = Buffer.from(String(arg));
      parts.push(`$${value.length}\r\n${value.toString("binary")}\r\n`);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.socket.write(Buffer.from(parts.join(""), "binary"));
    });
  }

  close() {
    this.socket.destroy();
  }
}

function parseReply(buffer: Buffer, start: number): { reply: Reply; next: number } | null {
  const lineEnd = buffer.indexOf("\r\n", start);
  if (lineEnd < 0) return null;
  const type = String.fromCharCode(buffer[start]!);
  const line = buffer.toString("utf8", start + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case "+":
      return { reply: line, next };
    case "-":
      return { reply: new RedisReplyError(line), next };
    case ":":
      return { reply: Number(line), next };
    case "$": {
      const length = Number(line);
      if (length < 0) return { reply: null, next };
      if (buffer.length < next + length + 2) return null;
      return { reply: buffer.toString("utf8", next, next + length), next: next + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { reply: null, next };
      const items: Reply[] = [];
      let cursor = next;
      for (let index = 0; index < count; index++) {
        const item = parseReply(buffer, cursor);
        if (!item) return null;
        items.push(item.reply);
        cursor = item.next;
      }
      return { reply: items, next: cursor };
    }
    default:
      throw new Error(`unexpected RESP type ${type}`);
  }
}

type UpstashResult = { result?: unknown; error?: string };

function encode(reply: Reply, base64: boolean): unknown {
  if (Array.isArray(reply)) return reply.map((item) => encode(item, base64));
  if (typeof reply === "string" && base64 && reply !== "OK") return Buffer.from(reply).toString("base64");
  return reply;
}

function toResult(reply: Reply, base64: boolean): UpstashResult {
  if (reply instanceof RedisReplyError) return { error: reply.message };
  return { result: encode(reply, base64) };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

// Upstash's Lua scripts declare `#!lua flags=allow-key-locking`, a flag only Upstash knows.
// The bridge drops it, and answers EVALSHA for the original script's hash with the rewritten one.
function withoutUpstashFlags(script: string): string {
  return script.replace(/^#!lua flags=([^\n]*)/, (_line, flags: string) => {
    const kept = flags.split(",").map((flag) => flag.trim()).filter((flag) => flag && flag !== "allow-key-locking");
    return kept.length ? `#!lua flags=${kept.join(",")}` : "#!lua";
  });
}

function createScriptTranslator() {
  const scripts = new Map<string, string>();
  return (command: (string | number)[]): (string | number)[] | RedisReplyError => {
    const name = String(command[0]).toUpperCase();
    if (name === "EVAL" || name === "EVAL_RO") {
      const original = String(command[1]);
      const rewritten = withoutUpstashFlags(original);
      scripts.set(createHash("sha1").update(original).digest("hex"), rewritten);
      return [command[0]!, rewritten, ...command.slice(2)];
    }
    if (name === "EVALSHA" || name === "EVALSHA_RO") {
      const script = scripts.get(String(command[1]).toLowerCase());
      if (!script) return new RedisReplyError("NOSCRIPT No matching script. Please use EVAL.");
      return [name === "EVALSHA" ? "EVAL" : "EVAL_RO", script, ...command.slice(2)];
    }
    return command;
  };
}

export type UpstashBridge = { url: string; token: string; close(): Promise<void> };

export async function startUpstashBridge({
  redisPort,
  port = 0,
  token = "bridge-test-token",
}: {
  redisPort: number;
  port?: number;
  token?: string;
}): Promise<UpstashBridge> {
  let connection: RespConnection | null = null;
  const translate = createScriptTranslator();
  async function run(conn: RespConnection, command: (string | number)[]): Promise<Reply> {
    const translated = translate(command);
    return translated instanceof RedisReplyError ? translated : conn.send(translated);
  }
  async function redis(): Promise<RespConnection> {
    if (!connection?.usable) connection = await RespConnection.open(redisPort);
    return connection;
  }

  const server: Server = createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.method !== "POST") return reply(405, { error: "POST only" });
      if (request.headers.authorization !== `Bearer ${token}`) return reply(401, { error: "Unauthorized" });
      const base64 = String(request.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
      const body = await readJson(request);
      const path = (request.url ?? "/").split("?")[0]!.replace(/\/+$/, "");
      const conn = await redis();
      if (path === "/pipeline" || path === "/multi-exec") {
        const commands = body as (string | number)[][];
        if (path === "/multi-exec") {
          await conn.send(["MULTI"]);
          for (const command of commands) await run(conn, command);
          const results = await conn.send(["EXEC"]);
          if (!Array.isArray(results)) return reply(400, toResult(results, base64));
          return reply(200, results.map((item) => toResult(item, base64)));
        }
        const results = await Promise.all(commands.map((command) => run(conn, command)));
        return reply(200, results.map((item) => toResult(item, base64)));
      }
      const result = toResult(await run(conn, body as (string | number)[]), base64);
      return reply(result.error ? 400 : 200, result);
    } catch (error) {
      return reply(500, { error: `bridge: ${(error as Error).message}` });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    token,
    async close() {
      connection?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
