import { z } from "zod";
import { idSchema } from "./sessions";

// The admin users table's query, as it appears in the URL. Unknown or malformed values fall
// back to the default rather than failing: a shared link with a stale parameter still opens.
export const USER_SORTS = ["created", "lastLogin", "email"] as const;
/**
 * Free text an admin filters by. Control characters go: no email, name or id holds them, and
 * PostgreSQL refuses a NUL byte in a text parameter (a 500, where a filter should find nothing).
 */
const filterText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, "").trim())
    .catch("")
    .default("");

export const usersQuerySchema = z.object({
  q: filterText(100),
  role: z.string().trim().max(32).regex(/^[a-z0-9_-]*$/).catch("").default(""),
  status: z.enum(["", "active", "inactive"]).catch("").default(""),
  method: z.enum(["", "password", "provider"]).catch("").default(""),
  secondFactor: z.enum(["", "with", "without"]).catch("").default(""),
  sort: z.enum(USER_SORTS).catch("created").default("created"),
  after: z.string().max(300).catch("").default(""),
  /** The first row of the page after the one wanted (Previous); `after` is ignored with it. */
  before: z.string().max(300).catch("").default(""),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;

export const roleChangeSchema = z.object({
  userId: idSchema,
  role: z.string().trim().min(1, "Choose a role").max(32, "Unknown role"),
  grant: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const setActiveSchema = z.object({
  userId: idSchema,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const userIdSchema = z.object({ userId: idSchema });

export const deleteUserSchema = z.object({
  userId: idSchema,
  confirmEmail: z.string().trim().min(1, "Type the account's email to confirm").max(320),
});

export const AUDIT_PAGE_SIZE = 50;
export const auditQuerySchema = z.object({
  type: z.string().trim().max(64).regex(/^[a-z_.]*$/).catch("").default(""),
  actor: filterText(320),
  subject: filterText(320),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).or(z.literal("")).catch("").default(""),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).or(z.literal("")).catch("").default(""),
  after: z.string().max(300).catch("").default(""),
  /** The first row of the page after the one wanted (Previous); `after` is ignored with it. */
  before: z.string().max(300).catch("").default(""),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
