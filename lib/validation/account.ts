import { z } from "zod";
import { EMAIL_MAX_LENGTH, nameSchema } from "./auth";

export const changeNameSchema = z.object({ name: nameSchema });
export type ChangeNameInput = z.input<typeof changeNameSchema>;
export type ChangeNameData = z.output<typeof changeNameSchema>;

export const deleteAccountSchema = z.object({
  confirmEmail: z.string().trim().min(1, "Type your email address to confirm").max(EMAIL_MAX_LENGTH, "That is not your email address"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
export type DeleteAccountData = z.output<typeof deleteAccountSchema>;
