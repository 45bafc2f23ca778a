// A small HTTP client for the topology suite and the load run: a cookie jar, sign-in through
// Auth.js's credentials endpoint, and server actions called the way the app's own forms call
// them (ids from the build's server-reference manifest). Every request says which client address
// the load balancer saw (X-Forwarded-For; the instances trust one proxy hop).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MANIFEST = fileURLToPath(new URL("../../../.next/server/server-reference-manifest.json", import.meta.url));

let actionIds: Map<string, string> | undefined;

/** The id of an exported server action in this build, e.g. actionId("app/(auth)/actions.ts", "registerAction"). */
export function actionId(file: string, exportName: string): string {
  if (!actionIds) {
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as {
      node: Record<string, { filename: string; exportedName: string }>;
    };
    actionIds = new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
  }
  const id = actionIds.get(`${file}#${exportName}`);
  if (!id) throw new Error(`no server action ${exportName} in ${file} (rebuild?)`);
  return id;
}

export const SESSION_COOKIE = "authjs.session-token";

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly ip: string = "203.0.113.1") {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get session(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  /** Another client holding the same cookies (the same browser, say, after a restart). */
  copy(): Client {
    const other = new Client(this.ip);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  async request(base: string, path: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    headers.set("x-forwarded-for", this.ip);
    if (init.method && init.method !== "GET") headers.set("origin", base);
    const response = await fetch(`${base}${path}`, {
      ...init,
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      const expired = attributes.some((attribute) => /max-age=0|expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (expired || value === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return response;
  }

  /**
   * Signs in through Auth.js's credentials endpoint. "signed-in" when a session cookie came back,
   * "rate-limited" when a limit refused the attempt, else "refused".
   */
  async signIn(base: string, email: string, password: string): Promise<"signed-in" | "rate-limited" | "refused"> {
    const csrf = (await (await this.request(base, "/api/auth/csrf")).json()) as { csrfToken: string };
    const before = this.session;
    const response = await this.request(base, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, remember: "false", csrfToken: csrf.csrfToken, callbackUrl: "/dashboard" }),
    });
    const location = response.headers.get("location") ?? "";
    if (response.status >= 500) throw new Error(`sign-in answered ${response.status}`);
    if (this.session && this.session !== before && !location.includes("error=")) return "signed-in";
    return location.includes("rate_limited") ? "rate-limited" : "refused";
  }

  /** Calls a server action with JSON-like arguments, as the app's client components do. */
  async action(base: string, page: string, id: string, args: unknown[]): Promise<ActionResult> {
    const response = await this.request(base, page, {
      method: "POST",
      headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(args),
    });
    return { status: response.status, redirect: response.headers.get("x-action-redirect"), body: await response.text(), response };
  }

  /** Calls a server action that takes a FormData, as a form posts it without JavaScript. */
  async formAction(base: string, page: string, id: string, fields: Record<string, string>): Promise<ActionResult> {
    const form = new FormData();
    form.set(`$ACTION_ID_${id}`, "");
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const response = await this.request(base, page, { method: "POST", body: form });
    return { status: response.status, redirect: response.headers.get("location"), body: await response.text(), response };
  }
}

export type ActionResult = { status: number; redirect: string | null; body: string; response: Response };
