import { z } from "zod";
import type { FormResult } from "./form-result";

/** Confirming an authenticator app: a 6-digit code from it (spaces ignored). */
export const confirmTotpSchema = z.object({
  code: z
    .string({ error: "Enter the 6-digit code from your app" })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app")),
});
export type ConfirmTotpData = z.output<typeof confirmTotpSchema>;

/** What the two-step settings actions answer: a form result, and recovery codes to show once. */
export type TwoFactorResult = NonNullable<FormResult> & { recoveryCodes?: string[] };

/** Step-up (/settings/confirm-identity): the password, or a code from the authenticator app. */
export const confirmWithPasswordSchema = z.object({
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(4096, "Enter your password"),
  next: z.string().max(2048).optional(),
});
export type ConfirmWithPasswordData = z.output<typeof confirmWithPasswordSchema>;

export const confirmWithCodeSchema = z.object({
  code: confirmTotpSchema.shape.code,
  next: z.string().max(2048).optional(),
});
export type ConfirmWithCodeData = z.output<typeof confirmWithCodeSchema>;
