import { z } from "zod";
import { PERMISSIONS } from "@/lib/edge/roles";
import { idSchema } from "./sessions";

export const API_KEY_EXPIRY_DAYS = ["30", "90", "365", "never"] as const;

export const createApiKeySchema = z.object({
  name: z.string({ error: "Name the key" }).trim().min(1, "Name the key").max(64, "Names are at most 64 characters"),
  scopes: z.array(z.enum(PERMISSIONS, { error: "Unknown permission" })).min(1, "Choose at least one permission").max(PERMISSIONS.length),
  expiresInDays: z.enum(API_KEY_EXPIRY_DAYS).default("90"),
});
export type CreateApiKeyData = z.output<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: idSchema });

/** What the create form shows after a submit: the new key once, or why nothing was made. */
export type CreateApiKeyState = { key?: string; name?: string; error?: string };
