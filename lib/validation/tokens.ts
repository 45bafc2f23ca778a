// The token API's request bodies. The OpenAPI document is generated from these same schemas.
import { z } from "zod";
import { emailSchema, loginSchema } from "./auth";

export const tokenRequestSchema = z.object({ email: emailSchema, password: loginSchema.shape.password });

const opaqueToken = z.string({ error: "Missing token" }).min(1, "Missing token").max(4096, "Token too long");

/** The second step of a token sign-in: the mfa_token from POST /api/v1/auth/token and a code. */
export const secondFactorRequestSchema = z.object({
  mfa_token: opaqueToken,
  code: z.string({ error: "Missing code" }).trim().min(1, "Missing code").max(64, "Code too long"),
});

export const refreshRequestSchema = z.object({ refresh_token: opaqueToken });

export const revokeRequestSchema = z.object({
  token: opaqueToken,
  token_type_hint: z.enum(["access_token", "refresh_token"]).optional(),
});

export const introspectRequestSchema = revokeRequestSchema;

const roleName = z.string().trim().min(1).max(32).regex(/^[a-z0-9_-]+$/, "Unknown role");

/** PATCH /api/v1/admin/users/{id}: only these fields, each change through the console's own verb. */
export const adminUserPatchSchema = z
  .object({
    active: z.boolean().optional(),
    roles: z.object({ add: z.array(roleName).max(10).default([]), remove: z.array(roleName).max(10).default([]) }).strict().optional(),
  })
  .strict()
  .refine((patch) => patch.active !== undefined || patch.roles !== undefined, "Send active and/or roles");
