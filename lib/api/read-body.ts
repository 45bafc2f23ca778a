// Request bodies of the token API: JSON or application/x-www-form-urlencoded (what OAuth clients
// send to revoke and introspect), at most 16 KiB, parsed by a zod schema. Never throws.
import type { z } from "zod";
import { problem } from "./problem";

export const MAX_BODY_BYTES = 16 * 1024;

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<BodyResult<z.output<S>>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
    return { ok: false, response: problem(415, { detail: "Send application/json or application/x-www-form-urlencoded." }) };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, response: problem(413, { detail: `The body may be at most ${MAX_BODY_BYTES} bytes.` }) };
  let text: string;
  try {
    const bytes = await request.arrayBuffer();
    if (bytes.byteLength > MAX_BODY_BYTES) return { ok: false, response: problem(413, { detail: `The body may be at most ${MAX_BODY_BYTES} bytes.` }) };
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: problem(400, { detail: "The body is not valid UTF-8." }) };
  }
  let raw: unknown;
  if (type === "application/json") {
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, response: problem(400, { detail: "The body is not valid JSON." }) };
    }
  } else {
    raw = Object.fromEntries(new URLSearchParams(text));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
    return { ok: false, response: problem(400, { detail, extra: { error: "invalid_request" } }) };
  }
  return { ok: true, data: parsed.data };
}
