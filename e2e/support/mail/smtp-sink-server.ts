// The SMTP server of the e2e suite: a real smtp-server on loopback that the app sends through
// (SMTP_URL), plus a small HTTP endpoint tests read the received mail from. Started by
// playwright.config.ts (webServer) and stopped with it.
import { createServer } from "node:http";
import { startSmtpSink } from "@/test-support/smtp-sink";
import { MAILBOX_URL, SMTP_PORT } from "../env";

const sink = await startSmtpSink(SMTP_PORT);
const http = createServer((request, response) => {
  const url = new URL(request.url ?? "/", MAILBOX_URL);
  if (request.method === "GET" && url.pathname === "/messages") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(sink.messages));
    return;
  }
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => http.listen(Number(new URL(MAILBOX_URL).port), "127.0.0.1", resolve));
console.log(`SMTP sink on ${sink.url}; mail readable at ${MAILBOX_URL}/messages`);

async function stop() {
  http.close();
  await sink.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
