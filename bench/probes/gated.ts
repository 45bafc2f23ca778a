// Probe: the same response under /editor, so the edge gate decodes the session cookie first.
export function GET() {
  return new Response("<!doctype html><title>probe</title><p>ok</p>", { headers: { "content-type": "text/html" } });
}
