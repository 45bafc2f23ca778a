import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { claimsRefreshDue, decodeSessionToken, readSessionCookie, SECURE_SESSION_COOKIE, sessionCookieName, SESSION_COOKIE } from "./session-token";

const secret = "test-secret-that-is-at-least-32-characters-long";
const now = Math.floor(Date.now() / 1000);
const claims = { sub: "user_1", sid: "session_1", roles: ["editor"], sv: 3, sexp: now + 3600 };

describe("decodeSessionToken", () => {
  it("reads a token Auth.js encoded for the same cookie name", async () => {
    const token = await encode({ token: claims, secret, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toMatchObject(claims);
  });

  it("refuses a token encoded for another cookie name (salt)", async () => {
    const token = await encode({ token: claims, secret, salt: SECURE_SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toBeNull();
  });

  it("refuses a token made with another secret", async () => {
    const token = await encode({ token: claims, secret: `${secret}-other`, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toBeNull();
  });

  it("refuses a tampered token", async () => {
    const token = await encode({ token: claims, secret, salt: SESSION_COOKIE });
    const parts = token.split(".");
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
    expect(await decodeSessionToken(parts.join("."), secret, SESSION_COOKIE)).toBeNull();
  });

  it("refuses a token past its session's absolute end", async () => {
    const token = await encode({ token: { ...claims, sexp: now - 1 }, secret, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toBeNull();
  });

  it("refuses a token past the JWT expiry", async () => {
    const token = await encode({ token: claims, secret, salt: SESSION_COOKIE, maxAge: -60 });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toBeNull();
  });

  it("refuses a token without Gatehouse's claims", async () => {
    const token = await encode({ token: { sub: "user_1", roles: ["admin"] }, secret, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toBeNull();
  });

  it("refuses garbage and empty input", async () => {
    expect(await decodeSessionToken("not-a-jwt", secret, SESSION_COOKIE)).toBeNull();
    expect(await decodeSessionToken(undefined, secret, SESSION_COOKIE)).toBeNull();
    expect(await decodeSessionToken("x.y.z.w.v", "", SESSION_COOKIE)).toBeNull();
  });
});

describe("decodeSessionToken, a token seen before (verified-token cache)", () => {
  it("answers the same claims again, and they cannot be changed by a caller", async () => {
    const token = await encode({ token: { ...claims, sid: "session_cached" }, secret, salt: SESSION_COOKIE });
    const first = await decodeSessionToken(token, secret, SESSION_COOKIE);
    const second = await decodeSessionToken(token, secret, SESSION_COOKIE);

    expect(second).toEqual(first);
    expect(() => second!.roles.push("admin")).toThrow();
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).toMatchObject({ roles: ["editor"] });
  });

  it("still refuses it once its session's absolute end has passed", async () => {
    const token = await encode({ token: { ...claims, sexp: now + 60 }, secret, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE, now)).not.toBeNull();

    expect(await decodeSessionToken(token, secret, SESSION_COOKIE, now + 61)).toBeNull();
  });

  it("still refuses it once the JWT has expired", async () => {
    const token = await encode({ token: claims, secret, salt: SESSION_COOKIE, maxAge: 60 });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE, now)).not.toBeNull();

    expect(await decodeSessionToken(token, secret, SESSION_COOKIE, now + 60 + 30)).toBeNull();
  });

  it("does not accept it under another secret or cookie name", async () => {
    const token = await encode({ token: claims, secret, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).not.toBeNull();

    expect(await decodeSessionToken(token, `${secret}-rotated`, SESSION_COOKIE)).toBeNull();
    expect(await decodeSessionToken(token, secret, SECURE_SESSION_COOKIE)).toBeNull();
  });

  it("refuses a tampered copy of an accepted token", async () => {
    const token = await encode({ token: claims, secret, salt: SESSION_COOKIE });
    expect(await decodeSessionToken(token, secret, SESSION_COOKIE)).not.toBeNull();
    const parts = token.split(".");
    const tag = parts[4]!;
    parts[4] = (tag[0] === "A" ? "B" : "A") + tag.slice(1);

    expect(await decodeSessionToken(parts.join("."), secret, SESSION_COOKIE)).toBeNull();
  });
});

describe("readSessionCookie", () => {
  const jar = (values: Record<string, string>) => ({
    get: (name: string) => (name in values ? { value: values[name]! } : undefined),
  });

  it("reads the named cookie and joins chunked values", () => {
    expect(readSessionCookie(jar({ [SESSION_COOKIE]: "plain" }), SESSION_COOKIE)).toEqual({ name: SESSION_COOKIE, value: "plain" });
    expect(readSessionCookie(jar({ [SECURE_SESSION_COOKIE]: "s", [SESSION_COOKIE]: "p" }), SECURE_SESSION_COOKIE)?.value).toBe("s");
    expect(readSessionCookie(jar({ [`${SESSION_COOKIE}.0`]: "ab", [`${SESSION_COOKIE}.1`]: "cd" }), SESSION_COOKIE)).toEqual({
      name: SESSION_COOKIE,
      value: "abcd",
    });
    expect(readSessionCookie(jar({}), SESSION_COOKIE)).toBeNull();
  });

  it("reads only the name Auth.js uses for AUTH_URL: a plain cookie is ignored over https", () => {
    expect(sessionCookieName("https://accounts.example.com")).toBe(SECURE_SESSION_COOKIE);
    expect(sessionCookieName("http://localhost:3000")).toBe(SESSION_COOKIE);
    expect(readSessionCookie(jar({ [SESSION_COOKIE]: "planted" }), sessionCookieName("https://accounts.example.com"))).toBeNull();
  });
});

describe("claimsRefreshDue", () => {
  it("is due once rdue has passed, and for a token issued without one", () => {
    expect(claimsRefreshDue({ rdue: 1000 }, 999)).toBe(false);
    expect(claimsRefreshDue({ rdue: 1000 }, 1000)).toBe(true);
    expect(claimsRefreshDue({}, 0)).toBe(true);
  });
});
