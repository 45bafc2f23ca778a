// A resource server that trusts Gatehouse's access tokens offline: it verifies each token's
// signature against Gatehouse's JWKS (fetched once, cached, refetched for an unknown kid) and
// its claims, without asking Gatehouse per request. It therefore accepts a revoked token until
// that token expires (15 minutes by default); a service that cannot live with that calls
// POST /api/v1/auth/introspect instead (README, "Token API").
//
//   GATEHOUSE_URL=http://localhost:3000 PORT=4000 node examples/resource-server/server.mjs
//   curl -H "Authorization: Bearer $ACCESS" http://localhost:4000/hello
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { createRemoteJWKSet, jwtVerify } from "jose";

/** The checks Gatehouse itself makes: ES256 only, issuer, audience, typ at+jwt, 30 s of skew. */
export function tokenVerifier(gatehouseUrl) {
  const base = gatehouseUrl.replace(/\/+$/, "");
  const jwks = createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`));
  return async (token) => {
    const { payload } = await jwtVerify(token, jwks, {
      algorithms: ["ES256"],
      issuer: base,
      audience: `${base}/api/v1`,
      typ: "at+jwt",
      clockTolerance: 30,
      requiredClaims: ["sub", "jti", "iat", "exp"],
    });
    return payload;
  };
}

export function createResourceServer({ gatehouseUrl }) {
  const verify = tokenVerifier(gatehouseUrl);
  return createServer(async (request, response) => {
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
      response.end(JSON.stringify(body));
    };
    if (request.method !== "GET" || request.url !== "/hello") return send(404, { error: "not_found" });
    const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(request.headers.authorization ?? "");
    if (!match) return send(401, { error: "invalid_token" }, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
    try {
      const claims = await verify(match[1]);
      const scopes = String(claims.scope ?? "").split(" ");
      if (!scopes.includes("account:read")) return send(403, { error: "insufficient_scope" }, { "WWW-Authenticate": 'Bearer error="insufficient_scope"' });
      return send(200, { hello: claims.sub, scope: claims.scope });
    } catch {
      return send(401, { error: "invalid_token" }, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 4000);
  const gatehouseUrl = process.env.GATEHOUSE_URL ?? "http://localhost:3000";
  createResourceServer({ gatehouseUrl }).listen(port, "127.0.0.1", () => {
    console.log(`Resource server on http://127.0.0.1:${port}, trusting ${gatehouseUrl}`);
  });
}
