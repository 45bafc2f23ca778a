// examples/resource-server verifying real Gatehouse tokens over HTTP, offline against the JWKS.
import type { Server } from "node:http";
import { expect, test } from "./support/test";
import { generateKeyPair, SignJWT } from "jose";
import { createResourceServer } from "../examples/resource-server/server.mjs";
import { E2E_PORT, E2E_URL } from "./support/env";
import { AUDIENCE, bearer, ISSUER, tokensFor } from "./support/token-api";
import { FIXTURE_USERS } from "./support/users";

// +70: unused by e2e/support/env.ts and e2e/support/oauth/ports.ts.
// +70 is the factors server (e2e/support/env.ts); +70…+74 the topology suite, run apart.
const RESOURCE_PORT = E2E_PORT + 75;
const RESOURCE_URL = `http://127.0.0.1:${RESOURCE_PORT}`;
let server: Server;

test.beforeAll(async () => {
  server = createResourceServer({ gatehouseUrl: E2E_URL });
  await new Promise<void>((resolve) => server.listen(RESOURCE_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("accepts a real access token, refuses a forged one, and — offline — a revoked one until it expires", async ({ request }) => {
  const { user } = FIXTURE_USERS;
  const tokens = await tokensFor(request, user.email, user.password);
  const hello = await request.get(`${RESOURCE_URL}/hello`, { headers: bearer(tokens.access_token) });
  expect(hello.status()).toBe(200);
  expect(await hello.json()).toMatchObject({ scope: "account:read", hello: expect.any(String) });

  const attacker = await generateKeyPair("ES256");
  const forged = await new SignJWT({ scope: "account:read", jti: "x" })
    .setProtectedHeader({ alg: "ES256", kid: "attacker", typ: "at+jwt" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject("someone")
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(attacker.privateKey);
  expect((await request.get(`${RESOURCE_URL}/hello`, { headers: bearer(forged) })).status()).toBe(401);
  expect((await request.get(`${RESOURCE_URL}/hello`)).status()).toBe(401);

  // The documented trade-off: Gatehouse's own API refuses a revoked token at once; an offline
  // verifier accepts it until it expires (or asks introspection).
  await request.post("/api/v1/auth/revoke", { form: { token: tokens.refresh_token } });
  expect((await request.get("/api/v1/me", { headers: bearer(tokens.access_token) })).status()).toBe(401);
  expect((await request.get(`${RESOURCE_URL}/hello`, { headers: bearer(tokens.access_token) })).status()).toBe(200);
});
