// The token API over HTTP against a real server: the lifecycle, the refusals an attacker meets
// (each security case is its own test), garbage that never becomes a 500, CORS and the limits.
import { expect, request as newRequest, test, type APIRequestContext, type APIResponse } from "./support/test";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { createPublicKey } from "node:crypto";
import { registerAccount } from "./support/accounts";
import { E2E_TOKEN_SIGNING_KEY, E2E_URL, STRICT_URL } from "./support/env";
import { apiAs } from "./support/sessions";
import { AUDIENCE, bearer, claimsOf, ISSUER, lockAccount, serverPublicJwk, signedWithServerKey, tokensFor } from "./support/token-api";
import { FIXTURE_USERS } from "./support/users";

const { user, admin, deactivated } = FIXTURE_USERS;
const INVALID_TOKEN = 'Bearer realm="gatehouse", error="invalid_token"';

/** The one answer every bad credential gets. */
async function expectInvalidToken(response: APIResponse) {
  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toBe(INVALID_TOKEN);
  expect(response.headers()["content-type"]).toBe("application/problem+json");
  expect(await response.json()).toEqual({
    type: "about:blank",
    title: "Unauthorized",
    status: 401,
    detail: "The access token or API key is missing, expired, revoked or not valid.",
  });
}

const me = (request: APIRequestContext, token: string) => request.get("/api/v1/me", { headers: bearer(token) });

test.describe("token lifecycle", () => {
  test("sign in for tokens, call the API, rotate, and revoke: the access token stops on the next request", async ({ request }) => {
    const tokens = await tokensFor(request, user.email, user.password);
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 900, scope: "account:read" });
    const header = JSON.parse(Buffer.from(tokens.access_token.split(".")[0]!, "base64url").toString());
    expect(header).toEqual({ alg: "ES256", kid: E2E_TOKEN_SIGNING_KEY.kid, typ: "at+jwt" });
    expect(claimsOf(tokens.access_token)).toMatchObject({ iss: ISSUER, aud: AUDIENCE, scope: "account:read", roles: ["user"] });

    const who = await me(request, tokens.access_token);
    expect(who.status()).toBe(200);
    expect(who.headers()["cache-control"]).toContain("no-store");
    // The middleware never saw it: no per-request CSP nonce on JSON.
    expect(who.headers()["content-security-policy"]).not.toContain("nonce-");
    expect(await who.json()).toMatchObject({ email: user.email, roles: ["user"], permissions: ["account:read"] });

    const refreshed = await request.post("/api/v1/auth/refresh", { data: { refresh_token: tokens.refresh_token } });
    expect(refreshed.status()).toBe(200);
    const next = (await refreshed.json()) as typeof tokens;
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect((await me(request, next.access_token)).status()).toBe(200);

    // RFC 7009, form-encoded as OAuth clients send it: the family ends, every access token of it too.
    const revoked = await request.post("/api/v1/auth/revoke", { form: { token: next.refresh_token, token_type_hint: "refresh_token" } });
    expect(revoked.status()).toBe(200);
    await expectInvalidToken(await me(request, next.access_token));
    await expectInvalidToken(await me(request, tokens.access_token));
    expect((await request.post("/api/v1/auth/refresh", { data: { refresh_token: next.refresh_token } })).status()).toBe(400);
  });

  test("revoking one access token stops it alone; an unknown token is still a 200", async ({ request }) => {
    const tokens = await tokensFor(request, user.email, user.password);
    const other = await (await request.post("/api/v1/auth/refresh", { data: { refresh_token: tokens.refresh_token } })).json();
    expect((await request.post("/api/v1/auth/revoke", { data: { token: tokens.access_token } })).status()).toBe(200);
    await expectInvalidToken(await me(request, tokens.access_token));
    expect((await me(request, other.access_token)).status()).toBe(200);
    expect((await request.post("/api/v1/auth/revoke", { data: { token: "not-a-token-we-know" } })).status()).toBe(200);
  });

  test("two refreshes at once make one rotation and both callers get the same successor", async ({ request }) => {
    const tokens = await tokensFor(request, user.email, user.password);
    const [a, b] = await Promise.all([0, 1].map(() => request.post("/api/v1/auth/refresh", { data: { refresh_token: tokens.refresh_token } })));
    expect([a!.status(), b!.status()]).toEqual([200, 200]);
    const [first, second] = [await a!.json(), await b!.json()];
    expect(first.refresh_token).toBe(second.refresh_token);
    expect((await request.post("/api/v1/auth/refresh", { data: { refresh_token: first.refresh_token } })).status()).toBe(200);
  });

  test("wrong password, unknown email, deactivated and locked accounts get the same answer", async ({ page, request }) => {
    const locked = await registerAccount(page, "token-locked");
    lockAccount(locked.email);
    const answers = await Promise.all(
      [
        { email: user.email, password: "not the password at all" },
        { email: "nobody-here@e2e.test", password: "whatever password it is" },
        { email: deactivated.email, password: deactivated.password },
        { email: locked.email, password: locked.password },
      ].map(async (data) => {
        const response = await request.post("/api/v1/auth/token", { data });
        return { status: response.status(), body: await response.json() };
      }),
    );
    for (const answer of answers) {
      expect(answer).toEqual({ status: 400, body: { type: "about:blank", title: "Bad Request", status: 400, detail: "Incorrect email or password.", error: "invalid_grant" } });
    }
  });

  test("deactivation by an admin through the API ends the user's tokens on the next request", async ({ page, request }) => {
    const account = await registerAccount(page, "token-deactivate");
    const tokens = await tokensFor(request, account.email, account.password);
    expect((await me(request, tokens.access_token)).status()).toBe(200);
    const adminTokens = await tokensFor(request, admin.email, admin.password);
    const found = await request.get(`/api/v1/admin/users?q=${encodeURIComponent(account.email)}`, { headers: bearer(adminTokens.access_token) });
    expect(found.status()).toBe(200);
    const { users } = await found.json();
    expect(users).toHaveLength(1);
    const patched = await request.patch(`/api/v1/admin/users/${users[0].id}`, { headers: bearer(adminTokens.access_token), data: { active: false } });
    expect(patched.status()).toBe(200);
    expect(await patched.json()).toMatchObject({ email: account.email, active: false });
    await expectInvalidToken(await me(request, tokens.access_token));
    expect((await request.post("/api/v1/auth/refresh", { data: { refresh_token: tokens.refresh_token } })).status()).toBe(400);
  });
});

test.describe("admin API", () => {
  test("reads users like the console and keeps its guard rails", async ({ request }) => {
    const adminTokens = await tokensFor(request, admin.email, admin.password);
    const auth = { headers: bearer(adminTokens.access_token) };
    const list = await request.get("/api/v1/admin/users?q=admin%40e2e&sort=email", auth);
    expect(list.status()).toBe(200);
    const { users } = await list.json();
    const self = users.find((row: { email: string }) => row.email === admin.email);
    expect(self).toMatchObject({ roles: expect.arrayContaining(["admin"]), active: true });
    expect((await request.get(`/api/v1/admin/users/${self.id}`, auth)).status()).toBe(200);
    expect((await request.get("/api/v1/admin/users/no-such-user", auth)).status()).toBe(404);

    const demote = await request.patch(`/api/v1/admin/users/${self.id}`, { ...auth, data: { roles: { remove: ["admin"] } } });
    expect(demote.status()).toBe(409);
    expect(await demote.json()).toMatchObject({ reason: "self-demotion", detail: "You cannot remove your own admin role." });
    const deactivate = await request.patch(`/api/v1/admin/users/${self.id}`, { ...auth, data: { active: false } });
    expect(await deactivate.json()).toMatchObject({ reason: "self-deactivation" });
    // Only named fields: anything else is refused, never written.
    const mass = await request.patch(`/api/v1/admin/users/${self.id}`, { ...auth, data: { emailVerified: null, isActive: false } });
    expect(mass.status()).toBe(400);
  });

  test("a user's token gets 403 insufficient_scope from the admin API", async ({ request }) => {
    const tokens = await tokensFor(request, user.email, user.password);
    const response = await request.get("/api/v1/admin/users", { headers: bearer(tokens.access_token) });
    expect(response.status()).toBe(403);
    expect(response.headers()["www-authenticate"]).toBe('Bearer realm="gatehouse", error="insufficient_scope", scope="users:read"');
  });
});

test.describe("refused tokens", () => {
  const now = () => Math.floor(Date.now() / 1000);

  test("no credentials: 401 with a bare Bearer challenge", async ({ request }) => {
    const response = await request.get("/api/v1/me");
    expect(response.status()).toBe(401);
    expect(response.headers()["www-authenticate"]).toBe('Bearer realm="gatehouse"');
  });

  test("alg none", async ({ request }) => {
    const token = new UnsecuredJWT({ sub: "x", sid: "y", jti: "z", scope: "account:read" }).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime("10m").encode();
    await expectInvalidToken(await me(request, token));
  });

  test("HS256 signed with the server's public key", async ({ request }) => {
    const pem = createPublicKey({ key: serverPublicJwk(), format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
    const token = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "x", sid: "y", jti: "z", iat: now(), exp: now() + 600 })
      .setProtectedHeader({ alg: "HS256", kid: E2E_TOKEN_SIGNING_KEY.kid, typ: "at+jwt" })
      .sign(new TextEncoder().encode(pem));
    await expectInvalidToken(await me(request, token));
  });

  test("a foreign kid", async ({ request }) => {
    const attacker = await generateKeyPair("ES256");
    const token = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "x", sid: "y", jti: "z", iat: now(), exp: now() + 600 })
      .setProtectedHeader({ alg: "ES256", kid: "attacker-key", typ: "at+jwt" })
      .sign(attacker.privateKey);
    await expectInvalidToken(await me(request, token));
  });

  test("jku and x5u pointing elsewhere, and an embedded jwk", async ({ request }) => {
    const attacker = await generateKeyPair("ES256", { extractable: true });
    const genuine = await tokensFor(request, user.email, user.password);
    const { sub, sid, jti } = claimsOf(genuine.access_token);
    // Signed with the server's real key and real claims: only the header is wrong.
    await expectInvalidToken(await me(request, await signedWithServerKey({ jku: "http://127.0.0.1:9/jwks.json" }, { sub, sid, jti })));
    await expectInvalidToken(await me(request, await signedWithServerKey({ x5u: "http://127.0.0.1:9/cert.pem" }, { sub, sid, jti })));
    const embedded = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub, sid, jti, iat: now(), exp: now() + 600 })
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", jwk: await exportJWK(attacker.publicKey) })
      .sign(attacker.privateKey);
    await expectInvalidToken(await me(request, embedded));
    // The control: the same claims with a clean header are accepted.
    expect((await me(request, await signedWithServerKey({}, { sub, sid, jti }))).status()).toBe(200);
  });

  test("expired (beyond the 30 s skew)", async ({ request }) => {
    const genuine = claimsOf((await tokensFor(request, user.email, user.password)).access_token);
    await expectInvalidToken(await me(request, await signedWithServerKey({}, { ...genuine, iat: now() - 2000, exp: now() - 60 })));
  });

  test("not yet valid (nbf in the future)", async ({ request }) => {
    const genuine = claimsOf((await tokensFor(request, user.email, user.password)).access_token);
    await expectInvalidToken(await me(request, await signedWithServerKey({}, { ...genuine, nbf: now() + 300 })));
  });

  test("wrong issuer, audience or typ", async ({ request }) => {
    const genuine = claimsOf((await tokensFor(request, user.email, user.password)).access_token);
    await expectInvalidToken(await me(request, await signedWithServerKey({}, { ...genuine, iss: "https://issuer.example" })));
    await expectInvalidToken(await me(request, await signedWithServerKey({}, { ...genuine, aud: `${E2E_URL}/other` })));
    await expectInvalidToken(await me(request, await signedWithServerKey({ typ: "JWT" }, genuine)));
  });

  test("a browser session cookie presented as a bearer token, and the cookie alone", async ({ browser }) => {
    const api = await apiAs(browser, "user");
    const cookie = (await api.storageState()).cookies.find((entry) => entry.name === "authjs.session-token")!;
    await expectInvalidToken(await api.get("/api/v1/me", { headers: bearer(cookie.value) }));
    // The cookie itself is never read by /api/v1.
    const cookieOnly = await api.get("/api/v1/me");
    expect(cookieOnly.status()).toBe(401);
    await api.dispose();
  });

  test("an ID token from another issuer", async ({ request }) => {
    const idp = await generateKeyPair("RS256");
    const idToken = await new SignJWT({ email: user.email, email_verified: true })
      .setProtectedHeader({ alg: "RS256", kid: "idp-key", typ: "JWT" })
      .setIssuer("https://accounts.google.com")
      .setAudience("gatehouse-client")
      .setSubject("1234567890")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(idp.privateKey);
    await expectInvalidToken(await me(request, idToken));
  });

  test("garbage in headers and bodies is a 4xx, never a 500", async ({ request }) => {
    for (const authorization of ["Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer a b", "Bearer %%%", `Bearer ${"x".repeat(5000)}`, "Bearer ....", "Bearer gk_abc", "bearer eyJhbGciOiJub25lIn0.e30."]) {
      const response = await request.get("/api/v1/me", { headers: { Authorization: authorization } });
      expect(response.status(), authorization.slice(0, 40)).toBe(401);
    }
    const bodies: { data?: unknown; headers?: Record<string, string> }[] = [
      { data: "{not json", headers: { "Content-Type": "application/json" } },
      { data: "[]", headers: { "Content-Type": "application/json" } },
      { data: "null", headers: { "Content-Type": "application/json" } },
      { data: JSON.stringify({ email: ["a"], password: { $gt: "" } }), headers: { "Content-Type": "application/json" } },
      { data: "email=a&password=b", headers: { "Content-Type": "text/plain" } },
      { data: "x".repeat(20_000), headers: { "Content-Type": "application/json" } },
      { data: Buffer.from([0xff, 0xfe, 0x00]), headers: { "Content-Type": "application/json" } },
    ];
    for (const path of ["/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/revoke"]) {
      for (const body of bodies) {
        const response = await request.post(path, body);
        expect(response.status(), `${path} ${String(body.data).slice(0, 20)}`).toBeGreaterThanOrEqual(400);
        expect(response.status()).toBeLessThan(500);
        expect(response.headers()["content-type"]).toBe("application/problem+json");
      }
    }
  });
});

test.describe("the edges", () => {
  test("the JWKS lists the public key only, with cache headers", async ({ request }) => {
    const response = await request.get("/.well-known/jwks.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=60");
    const { keys } = await response.json();
    expect(keys).toEqual([serverPublicJwk()]);
  });

  test("the OpenAPI document is served and describes the token endpoint", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document).toMatchObject({ openapi: "3.1.0", servers: [{ url: E2E_URL }] });
    expect(Object.keys(document.paths)).toContain("/api/v1/auth/token");
  });

  test("CORS: an allowed origin gets its preflight and headers, never credentials; others get nothing", async ({ request }) => {
    const allowed = "http://spa.e2e.test";
    const preflight = await request.fetch("/api/v1/me", { method: "OPTIONS", headers: { Origin: allowed, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()).toMatchObject({ "access-control-allow-origin": allowed, "access-control-allow-headers": "Authorization, Content-Type" });
    expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined();
    const tokens = await tokensFor(request, user.email, user.password);
    const call = await request.get("/api/v1/me", { headers: { ...bearer(tokens.access_token), Origin: allowed } });
    expect(call.headers()["access-control-allow-origin"]).toBe(allowed);
    const stranger = await request.fetch("/api/v1/me", { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "GET" } });
    expect(stranger.headers()["access-control-allow-origin"]).toBeUndefined();
  });

  test("the token endpoints share a per-IP limit: 429 with Retry-After and RateLimit headers", async () => {
    // The server with the default limits (the main one multiplies them for the rest of the suite).
    const strict = await newRequest.newContext({ baseURL: STRICT_URL });
    let limited: APIResponse | undefined;
    for (let attempt = 0; attempt < 40 && !limited; attempt++) {
      const response = await strict.post("/api/v1/auth/revoke", { data: { token: "unknown" } });
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(200);
    }
    expect(limited, "no 429 within 40 requests").toBeDefined();
    const headers = limited!.headers();
    expect(Number(headers["retry-after"])).toBeGreaterThan(0);
    expect(headers["ratelimit-policy"]).toBe('"tokenApiPerIp";q=30;w=60');
    expect(headers["ratelimit"]).toMatch(/^"tokenApiPerIp";r=0;t=\d+$/);
    await strict.dispose();
  });
});
