// Test-only: a local server speaking the Pwned Passwords range API (GET /range/{5 hex}, answered
// with "SUFFIX:COUNT" lines, CRLF-separated, plus zero-count decoys when the request says
// `Add-Padding: true`), so the breached-password check is tested against the real protocol.
// It hashes on its own (SHA-1 of the UTF-8 password) rather than calling the app's code.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type PwnedPasswordsStandinOptions = {
  port?: number;
  /** Passwords the stand-in reports as breached, with how often they were seen. */
  breached: Record<string, number>;
  /** Passwords whose range request is held open and never answered (an unreachable service). */
  stallOn?: string[];
};

export type RangeRequest = { path: string; padding: boolean };

export type PwnedPasswordsStandin = {
  url: string;
  /** Every range request received, in order. */
  requests: RangeRequest[];
  close(): Promise<void>;
};

const sha1 = (password: string) => createHash("sha1").update(password, "utf8").digest("hex").toUpperCase();

export async function startPwnedPasswordsStandin({ port = 0, breached, stallOn = [] }: PwnedPasswordsStandinOptions): Promise<PwnedPasswordsStandin> {
  const known = new Map(Object.entries(breached).map(([password, count]) => [sha1(password), count]));
  const stalled = new Set(stallOn.map((password) => sha1(password).slice(0, 5)));
  const requests: RangeRequest[] = [];
  const held = new Set<IncomingMessage>();

  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    const match = /^\/range\/([0-9A-Fa-f]{5})$/.exec(path);
    if (request.method !== "GET" || !match) {
      response.writeHead(404).end();
      return;
    }
    const prefix = match[1]!.toUpperCase();
    const padding = String(request.headers["add-padding"]).toLowerCase() === "true";
    requests.push({ path, padding });
    if (stalled.has(prefix)) {
      held.add(request);
      return;
    }
    const lines = [...known].filter(([hash]) => hash.startsWith(prefix)).map(([hash, count]) => `${hash.slice(5)}:${count}`);
    // Real ranges hold hundreds of suffixes; padding brings every answer to a similar size.
    for (let i = 0; i < 300; i += 1) lines.push(`${randomBytes(18).toString("hex").slice(0, 35).toUpperCase()}:${1 + (i % 40)}`);
    if (padding) for (let i = 0; i < 500; i += 1) lines.push(`${randomBytes(18).toString("hex").slice(0, 35).toUpperCase()}:0`);
    lines.sort();
    response.writeHead(200, { "content-type": "text/plain" });
    response.end(lines.join("\r\n"));
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: async () => {
      for (const request of held) request.socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
