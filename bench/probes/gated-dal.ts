// Probe: gated like gated.ts, and the handler also asks the data access layer (the database check).
import { authorizeApi } from "@/lib/auth/dal";

export async function GET() {
  const access = await authorizeApi("editor:access");
  if (!access.ok) return access.response;
  return new Response("<!doctype html><title>probe</title><p>ok</p>", { headers: { "content-type": "text/html" } });
}
