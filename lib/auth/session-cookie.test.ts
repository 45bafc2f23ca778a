import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "session-cookie-test-secret-0123456789abcdef";
process.env.AUTH_URL = "http://localhost:3000";
const { withSessionOnlyCookie } = await import("./session-cookie");

const NAME = "authjs.session-token";
const LIFETIME = "Expires=Sun, 03 Jan 2027 20:00:00 GMT; Max-Age=2592000";

async function tokenFor(rem: boolean | undefined): Promise<string> {
  const claims = { sub: "user-1", sid: "session-1", roles: ["user"], sv: 0, sexp: Math.floor(Date.now() / 1000) + 3600, ...(rem === undefined ? {} : { rem }) };
  return encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: NAME, maxAge: 3600 });
}

function authJsAnswer(sessionCookie: string): Response {
  const headers = new Headers({ location: "http://localhost:3000/dashboard" });
  headers.append("set-cookie", sessionCookie);
  headers.append("set-cookie", `authjs.csrf-token=abc; Path=/; ${LIFETIME}; HttpOnly; SameSite=Lax`);
  return new Response(null, { status: 302, headers });
}

// Issue 12, item 2: Auth.js re-issued every session cookie with the 30-day lifetime.
describe("withSessionOnlyCookie", () => {
  it("drops Expires and Max-Age from a session-only token's cookie, and from nothing else", async () => {
    for (const rem of [false, undefined]) {
      const token = await tokenFor(rem);
      const answer = await withSessionOnlyCookie(authJsAnswer(`${NAME}=${token}; Path=/; ${LIFETIME}; HttpOnly; SameSite=Lax`));
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toBe("http://localhost:3000/dashboard");
      expect(answer.headers.getSetCookie()).toEqual([
        `${NAME}=${token}; Path=/; HttpOnly; SameSite=Lax`,
        `authjs.csrf-token=abc; Path=/; ${LIFETIME}; HttpOnly; SameSite=Lax`,
      ]);
    }
  });

  it("leaves a remembered session's cookie, a cleared cookie and a forged one as they are", async () => {
    const remembered = `${NAME}=${await tokenFor(true)}; Path=/; ${LIFETIME}; HttpOnly; SameSite=Lax`;
    const cleared = `${NAME}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0`;
    const forged = `${NAME}=not-a-token; Path=/; ${LIFETIME}; HttpOnly; SameSite=Lax`;
    for (const cookie of [remembered, cleared, forged]) {
      expect((await withSessionOnlyCookie(authJsAnswer(cookie))).headers.getSetCookie()[0]).toBe(cookie);
    }
  });
});
