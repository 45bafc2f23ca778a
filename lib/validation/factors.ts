import { z } from "zod";

/** Confirming an authenticator app: a 6-digit code from it (spaces ignored). */
export const confirmTotpSchema = z.object({
  code: z
    .string({ error: "Enter the 6-digit code from your app" })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app")),
});
export type ConfirmTotpInput = z.input<typeof confirmTotpSchema>;
export type ConfirmTotpData = z.output<typeof confirmTotpSchema>;

/** What the two-step settings actions answer: a form result, and recovery codes to show once. */
export type TwoFactorResult = { fieldErrors?: Record<string, string>; error?: string; done?: string; recoveryCodes?: string[] };
