// Probe: a light response outside every gate (middleware finds no rule and passes it on).
export function GET() {
  return new Response("<!doctype html><title>probe</title><p>ok</p>", { headers: { "content-type": "text/html" } });
}
