// The token API's request bodies. The OpenAPI document is generated from these same schemas.
import { z } from "zod";
import { emailSchema, loginSchema } from "./auth";

export const tokenRequestSchema = z.object({ email: emailSchema, password: loginSchema.shape.password });

const opaqueToken = z.string({ error: "Missing token" }).min(1, "Missing token").max(4096, "Token too long");

export const refreshRequestSchema = z.object({ refresh_token: opaqueToken });

export const revokeRequestSchema = z.object({
  token: opaqueToken,
  token_type_hint: z.enum(["access_token", "refresh_token"]).optional(),
});

export const introspectRequestSchema = revokeRequestSchema;
