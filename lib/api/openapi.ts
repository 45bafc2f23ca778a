// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers parse
// requests with (zod 4's JSON Schema output: OpenAPI 3.1 speaks JSON Schema 2020-12), so the
// description cannot drift from what the API accepts. Response shapes are described here.
import { z } from "zod";
import { PERMISSIONS } from "@/lib/edge/roles";
import { usersQuerySchema } from "@/lib/validation/admin";
import { adminUserPatchSchema, introspectRequestSchema, refreshRequestSchema, revokeRequestSchema, secondFactorRequestSchema, tokenRequestSchema } from "@/lib/validation/tokens";

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  error: z.string().optional().describe("OAuth error code on the auth endpoints (invalid_grant, invalid_request)"),
  reason: z.string().optional().describe("The guard rail that refused an admin change"),
});

const tokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int(),
  refresh_token: z.string(),
  scope: z.string(),
});

const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  emailVerified: z.string().nullable(),
  roles: z.array(z.string()),
  permissions: z.array(z.enum(PERMISSIONS)),
});

const introspectionSchema = z.object({
  active: z.boolean(),
  token_type: z.enum(["Bearer", "refresh_token", "api_key"]).optional(),
  sub: z.string().optional(),
  username: z.string().optional(),
  scope: z.string().optional(),
  exp: z.number().int().optional(),
  iat: z.number().int().optional(),
  jti: z.string().optional(),
  sid: z.string().optional(),
  iss: z.string().optional(),
  aud: z.string().optional(),
  client_id: z.string().optional(),
});

const userRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  roles: z.array(z.string()),
  active: z.boolean(),
  methods: z.array(z.string()),
  secondFactors: z.array(z.string()),
  createdAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});

const usersPageSchema = z.object({ users: z.array(userRowSchema), total: z.number().int(), nextCursor: z.string().nullable(), previousCursor: z.string().nullable() });

const userDetailSchema = userRowSchema.extend({ emailVerified: z.string().nullable(), locked: z.boolean(), activeSessions: z.number().int() });

type Schema = z.ZodType;

function jsonSchema(schema: Schema, io: "input" | "output") {
  // The document states its dialect once (OpenAPI 3.1's default), not in every schema.
  const generated: Record<string, unknown> = { ...z.toJSONSchema(schema, { io, unrepresentable: "any" }) };
  delete generated.$schema;
  return generated;
}

const json = (schema: Schema) => ({ "application/json": { schema: jsonSchema(schema, "output") } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });

function requestBody(schema: Schema, form = false) {
  const body = jsonSchema(schema, "input");
  return { required: true, content: { "application/json": { schema: body }, ...(form ? { "application/x-www-form-urlencoded": { schema: body } } : {}) } };
}

const unauthorized = problem("Missing, expired, revoked, forged or malformed credential (WWW-Authenticate: Bearer error=\"invalid_token\")");
const forbidden = problem("The credential lacks the permission (WWW-Authenticate: Bearer error=\"insufficient_scope\")");
const limited = problem("Too many requests (Retry-After, RateLimit, RateLimit-Policy)");
const bad = problem("Invalid request body");
const secured = [{ bearer: [] }];

export function openApiDocument(serverUrl: string) {
  const queryParameters = Object.entries((jsonSchema(usersQuerySchema, "input").properties ?? {}) as Record<string, object>).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema,
  }));
  return {
    openapi: "3.1.0",
    info: { title: "Gatehouse token API", version: "1.0.0", description: "Access tokens, rotating refresh tokens and API keys for apps that are not browsers. See the README's \"Token API\"." },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An access token (JWT, ES256) or an API key (gk_…)" } },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
    },
    paths: {
      "/api/v1/auth/token": {
        post: {
          operationId: "issueTokens",
          summary: "Sign in with email and password for an access and a refresh token",
          requestBody: requestBody(tokenRequestSchema),
          responses: {
            "200": { description: "Tokens (RFC 6749 §5.1)", content: json(tokenResponseSchema) },
            "400": problem("Incorrect email or password (invalid_grant), or an invalid body"),
            "403": { description: "The account has two-step verification (error mfa_required): send mfa_token and a code to /api/v1/auth/second-factor", content: { "application/problem+json": { schema: jsonSchema(problemSchema.extend({ mfa_token: z.string() }), "output") } } },
            "429": limited,
          },
        },
      },
      "/api/v1/auth/second-factor": {
        post: {
          operationId: "completeSecondFactor",
          summary: "Finish a token sign-in with a code from the authenticator app or a recovery code",
          requestBody: requestBody(secondFactorRequestSchema),
          responses: {
            "200": { description: "Tokens; recovery_codes_left when a recovery code was used", content: json(tokenResponseSchema.extend({ recovery_codes_left: z.number().int().optional() })) },
            "400": problem("A wrong code, or an expired or used mfa_token (invalid_grant), or an invalid body"),
            "429": limited,
          },
        },
      },
      "/api/v1/auth/refresh": {
        post: {
          operationId: "refreshTokens",
          summary: "Exchange a refresh token for a new access token and the refresh token's successor",
          requestBody: requestBody(refreshRequestSchema),
          responses: { "200": { description: "Tokens", content: json(tokenResponseSchema) }, "400": problem("The refresh token is not valid (invalid_grant)"), "429": limited },
        },
      },
      "/api/v1/auth/revoke": {
        post: {
          operationId: "revokeToken",
          summary: "Revoke a refresh token (its whole family) or an access token (RFC 7009)",
          requestBody: requestBody(revokeRequestSchema, true),
          responses: { "200": { description: "Revoked, or unknown: the same answer", content: json(z.object({})) }, "400": bad, "429": limited },
        },
      },
      "/api/v1/auth/introspect": {
        post: {
          operationId: "introspectToken",
          summary: "Is a token live now? (RFC 7662; an API key with tokens:introspect)",
          security: secured,
          requestBody: requestBody(introspectRequestSchema, true),
          responses: { "200": { description: "The token's state", content: json(introspectionSchema) }, "400": bad, "401": unauthorized, "403": forbidden, "429": limited },
        },
      },
      "/api/v1/me": {
        get: {
          operationId: "getMe",
          summary: "The credential's user and what this request may do",
          security: secured,
          responses: { "200": { description: "The user", content: json(meSchema) }, "401": unauthorized, "403": forbidden, "429": limited },
        },
      },
      "/api/v1/admin/users": {
        get: {
          operationId: "searchUsers",
          summary: "The admin console's user search, filters and keyset pages (users:read)",
          security: secured,
          parameters: queryParameters,
          responses: { "200": { description: "A page of users", content: json(usersPageSchema) }, "401": unauthorized, "403": forbidden, "429": limited },
        },
      },
      "/api/v1/admin/users/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        get: {
          operationId: "getUser",
          summary: "One user (users:read)",
          security: secured,
          responses: { "200": { description: "The user", content: json(userDetailSchema) }, "401": unauthorized, "403": forbidden, "404": problem("No such user"), "429": limited },
        },
        patch: {
          operationId: "updateUser",
          summary: "Change roles or active status through the console's verbs (users:write)",
          security: secured,
          requestBody: requestBody(adminUserPatchSchema),
          responses: {
            "200": { description: "The user after the change", content: json(userDetailSchema) },
            "400": bad,
            "401": unauthorized,
            "403": forbidden,
            "404": problem("No such user"),
            "409": problem("A guard rail refused the change (reason: self-demotion, self-deactivation, last-admin, unknown-role)"),
            "429": limited,
          },
        },
      },
    },
  };
}
