// Two real OAuth servers for the browser tests, started by playwright.config.ts:
// - an OpenID Connect provider standing in for Google (discovery, JWKS, authorize, token, userinfo);
// - a server speaking GitHub's OAuth and REST endpoints (authorize, access_token, /api/v3/user,
//   /api/v3/user/emails), the layout of a GitHub Enterprise host.
// Each authorize page is a small consent form: the test types the identity the provider vouches
// for (id, email, verified or not) and presses Allow or Deny, as a person would at the provider.
// The app reaches them only through operator settings (AUTH_GOOGLE_ISSUER, AUTH_GITHUB_ENTERPRISE_URL).
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import {
  GITHUB_STANDIN_PORT,
  GITHUB_STANDIN_URL,
  GOOGLE_STANDIN_ISSUER,
  GOOGLE_STANDIN_PORT,
  OAUTH_CLIENTS,
} from "./ports";

type Client = { id: string; secret: string };
type Fields = Record<string, string>;

type PendingCode = {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  nonce: string | null;
  identity: Fields;
  failTokenExchange: boolean;
  /** The token endpoint drops the connection, as an unreachable provider would. */
  unreachable: boolean;
  expires: number;
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(req: IncomingMessage): Promise<Fields> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, target: URL) {
  res.writeHead(302, { location: target.toString() });
  res.end();
}

/** client_secret_basic or client_secret_post, as RFC 6749 §2.3.1 allows. */
function authenticateClient(req: IncomingMessage, form: Fields, client: Client): boolean {
  const header = req.headers.authorization;
  if (header?.startsWith("Basic ")) {
    const [id, secret] = Buffer.from(header.slice(6), "base64").toString("utf8").split(":").map(decodeURIComponent);
    return id === client.id && secret === client.secret;
  }
  return form.client_id === client.id && form.client_secret === client.secret;
}

function pkceMatches(challenge: string | null, verifier: string | undefined): boolean {
  if (!challenge) return true;
  if (!verifier) return false;
  return createHash("sha256").update(verifier).digest("base64url") === challenge;
}

function consentPage(title: string, action: string, hidden: Fields, identityFields: string): string {
  const hiddenInputs = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><form method="post" action="${action}">${hiddenInputs}${identityFields}
<label><input type="checkbox" name="fail_token_exchange" value="1"> Fail the token exchange</label>
<label><input type="checkbox" name="unreachable" value="1"> Unreachable at the token endpoint</label>
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></form></main></body></html>`;
}

function field(label: string, name: string, value = ""): string {
  return `<p><label>${label} <input name="${name}" value="${escapeHtml(value)}"></label></p>`;
}

function checkbox(label: string, name: string, checked: boolean): string {
  return `<p><label><input type="checkbox" name="${name}" value="true"${checked ? " checked" : ""}> ${label}</label></p>`;
}

/** The authorize request's parameters the consent form carries back (state included, untouched). */
function authorizeParams(url: URL): Fields {
  const keep = ["client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method", "scope"];
  return Object.fromEntries(keep.filter((k) => url.searchParams.has(k)).map((k) => [k, url.searchParams.get(k) as string]));
}

/** Handles the consent form: Deny → access_denied, Allow → a one-time code. */
function answerConsent(res: ServerResponse, form: Fields, client: Client, codes: Map<string, PendingCode>, identity: Fields) {
  if (form.client_id !== client.id || !form.redirect_uri) {
    res.writeHead(400, { "content-type": "text/plain" }).end("unknown client or missing redirect_uri");
    return;
  }
  const target = new URL(form.redirect_uri);
  if (form.state) target.searchParams.set("state", form.state);
  if (form.decision !== "allow") {
    target.searchParams.set("error", "access_denied");
    target.searchParams.set("error_description", "The user denied the request.");
    redirect(res, target);
    return;
  }
  const code = randomBytes(16).toString("base64url");
  codes.set(code, {
    clientId: client.id,
    redirectUri: form.redirect_uri,
    codeChallenge: form.code_challenge ?? null,
    nonce: form.nonce ?? null,
    identity,
    failTokenExchange: form.fail_token_exchange === "1",
    unreachable: form.unreachable === "1",
    expires: Date.now() + 60_000,
  });
  target.searchParams.set("code", code);
  redirect(res, target);
}

/** Redeems a code once: client, redirect_uri and PKCE verifier must all match. */
function redeemCode(req: IncomingMessage, form: Fields, client: Client, codes: Map<string, PendingCode>): PendingCode | string {
  if (!authenticateClient(req, form, client)) return "invalid_client";
  if (form.grant_type && form.grant_type !== "authorization_code") return "unsupported_grant_type";
  const pending = form.code ? codes.get(form.code) : undefined;
  if (form.code) codes.delete(form.code);
  if (!pending || pending.expires < Date.now() || pending.redirectUri !== form.redirect_uri) return "invalid_grant";
  if (!pkceMatches(pending.codeChallenge, form.code_verifier)) return "invalid_grant";
  return pending;
}

async function startGoogle() {
  const client = OAUTH_CLIENTS.google;
  const issuer = GOOGLE_STANDIN_ISSUER;
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "standin-1", alg: "RS256", use: "sig" };
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, Fields>();

  const claimsOf = (identity: Fields) => ({
    sub: identity.sub,
    email: identity.email,
    email_verified: identity.email_verified === "true",
    name: identity.name,
    picture: identity.picture || undefined,
  });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    try {
      if (req.method === "GET" && url.pathname === "/.well-known/openid-configuration") {
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ["code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
          code_challenge_methods_supported: ["S256"],
          token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
          scopes_supported: ["openid", "email", "profile"],
        });
      }
      if (req.method === "GET" && url.pathname === "/jwks") return json(res, 200, { keys: [jwk] });
      if (req.method === "GET" && url.pathname === "/authorize") {
        if (url.searchParams.get("client_id") !== client.id) return json(res, 400, { error: "invalid_client" });
        const identity =
          field("Subject", "sub", `g-${randomBytes(6).toString("hex")}`) +
          field("Email", "email") +
          checkbox("Email verified", "email_verified", true) +
          field("Name", "name", "Grace Google") +
          field("Picture", "picture");
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(consentPage("Google stand-in: sign in", "/authorize", authorizeParams(url), identity));
      }
      if (req.method === "POST" && url.pathname === "/authorize") {
        const form = await readForm(req);
        const identity = { sub: form.sub ?? "", email: form.email ?? "", email_verified: form.email_verified ?? "false", name: form.name ?? "", picture: form.picture ?? "" };
        return answerConsent(res, form, client, codes, identity);
      }
      if (req.method === "POST" && url.pathname === "/token") {
        const form = await readForm(req);
        const pending = redeemCode(req, form, client, codes);
        if (typeof pending === "string") return json(res, 400, { error: pending });
        if (pending.unreachable) return void req.socket.destroy();
        if (pending.failTokenExchange) return json(res, 500, { error: "server_error" });
        const accessToken = randomBytes(24).toString("base64url");
        tokens.set(accessToken, pending.identity);
        const idToken = await new SignJWT({ ...claimsOf(pending.identity), ...(pending.nonce ? { nonce: pending.nonce } : {}) })
          .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
          .setIssuer(issuer)
          .setAudience(client.id)
          .setIssuedAt()
          .setExpirationTime("5m")
          .sign(privateKey);
        return json(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 3600, scope: "openid email profile", id_token: idToken });
      }
      if (req.method === "GET" && url.pathname === "/userinfo") {
        const identity = tokens.get(req.headers.authorization?.replace(/^Bearer /, "") ?? "");
        if (!identity) return json(res, 401, { error: "invalid_token" });
        return json(res, 200, claimsOf(identity));
      }
      json(res, 404, { error: "not_found" });
    } catch (error) {
      json(res, 500, { error: "server_error", message: (error as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(GOOGLE_STANDIN_PORT, "127.0.0.1", resolve));
  console.log(`Google stand-in on ${issuer}`);
}

async function startGitHub() {
  const client = OAUTH_CLIENTS.github;
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, Fields>();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", GITHUB_STANDIN_URL);
    try {
      if (req.method === "GET" && url.pathname === "/login/oauth/authorize") {
        if (url.searchParams.get("client_id") !== client.id) return json(res, 400, { error: "invalid_client" });
        const identity =
          field("Account id", "id", String(100_000 + Math.floor(Math.random() * 900_000))) +
          field("Login", "login", "octo-e2e") +
          field("Name", "name", "Octo Cat") +
          field("Public email", "public_email") +
          field("Primary email", "primary_email") +
          checkbox("Primary email verified", "primary_verified", true);
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(consentPage("GitHub stand-in: authorize", "/login/oauth/authorize", authorizeParams(url), identity));
      }
      if (req.method === "POST" && url.pathname === "/login/oauth/authorize") {
        const form = await readForm(req);
        const identity = {
          id: form.id ?? "",
          login: form.login ?? "",
          name: form.name ?? "",
          public_email: form.public_email ?? "",
          primary_email: form.primary_email ?? "",
          primary_verified: form.primary_verified ?? "false",
        };
        return answerConsent(res, form, client, codes, identity);
      }
      if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
        const form = await readForm(req);
        const pending = redeemCode(req, form, client, codes);
        if (typeof pending === "string") return json(res, 400, { error: pending });
        if (pending.unreachable) return void req.socket.destroy();
        if (pending.failTokenExchange) return json(res, 500, { error: "server_error" });
        const accessToken = `gho_${randomBytes(18).toString("base64url")}`;
        tokens.set(accessToken, pending.identity);
        return json(res, 200, { access_token: accessToken, token_type: "bearer", scope: "read:user,user:email" });
      }
      const identity = tokens.get(req.headers.authorization?.replace(/^(Bearer|token) /, "") ?? "");
      if (req.method === "GET" && (url.pathname === "/api/v3/user" || url.pathname === "/api/v3/user/emails")) {
        if (!identity) return json(res, 401, { message: "Bad credentials" });
        if (url.pathname === "/api/v3/user") {
          return json(res, 200, {
            id: Number(identity.id),
            login: identity.login,
            name: identity.name || null,
            email: identity.public_email || null,
            avatar_url: `${GITHUB_STANDIN_URL}/avatars/${identity.id}`,
          });
        }
        const emails = [];
        if (identity.primary_email) {
          emails.push({ email: identity.primary_email, primary: true, verified: identity.primary_verified === "true", visibility: "private" });
        }
        if (identity.public_email && identity.public_email !== identity.primary_email) {
          emails.push({ email: identity.public_email, primary: false, verified: true, visibility: "public" });
        }
        return json(res, 200, emails);
      }
      json(res, 404, { message: "Not Found" });
    } catch (error) {
      json(res, 500, { message: (error as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(GITHUB_STANDIN_PORT, "127.0.0.1", resolve));
  console.log(`GitHub stand-in on ${GITHUB_STANDIN_URL}`);
}

await Promise.all([startGoogle(), startGitHub()]);
