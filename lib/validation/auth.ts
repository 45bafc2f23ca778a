// Schemas in one place: the same schema drives react-hook-form in the browser and the server
// action that receives the form. Field names here are the only ones ever written.
import { z } from "zod";
import { DEFAULT_PASSWORD_MIN_LENGTH, passwordProblem, type PasswordPolicy } from "@/lib/password/policy";

// zod probes for eval with `new Function("")`; under the CSP (no 'unsafe-eval') the probe fails
// safely but the browser still reports a violation. Jitless parsing skips the probe.
z.config({ jitless: true });

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(EMAIL_MAX_LENGTH, `Email must be at most ${EMAIL_MAX_LENGTH} characters`)
  .pipe(z.email("Enter a valid email address, like name@example.com"));

export const nameSchema = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, "Enter your name")
  .max(NAME_MAX_LENGTH, `Name must be at most ${NAME_MAX_LENGTH} characters`)
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "Name cannot contain control characters");

export function passwordSchema(policy: PasswordPolicy) {
  return z
    .string({ error: "Enter a password" })
    .superRefine((password, ctx) => {
      const problem = passwordProblem(password, policy);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

const confirmPasswordSchema = z.string({ error: "Confirm your password" }).max(4096, "Passwords do not match");

export function registerSchema(policy: PasswordPolicy = { minLength: DEFAULT_PASSWORD_MIN_LENGTH }) {
  return z
    .object({
      name: nameSchema,
      email: emailSchema,
      password: passwordSchema(policy),
      confirmPassword: confirmPasswordSchema,
    })
    .refine((data) => data.password === data.confirmPassword, {
      path: ["confirmPassword"],
      message: "Passwords do not match",
    });
}
export type RegisterInput = z.input<ReturnType<typeof registerSchema>>;
export type RegisterData = z.output<ReturnType<typeof registerSchema>>;

// Sign-in checks shape only: the password policy may have changed since the account was made,
// and any message beyond "required" would tell an attacker something.
export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(4096, "Enter your password"),
  remember: z.boolean().default(false),
  callbackUrl: z.string().max(2048).optional(),
});
export type LoginInput = z.input<typeof loginSchema>;
export type LoginData = z.output<typeof loginSchema>;

/** A code from an authenticator app (6 digits) or a recovery code (xxxxx-xxxxx); spaces ignored. */
export const secondFactorCodeSchema = z
  .string({ error: "Enter the code from your authenticator app" })
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .min(1, "Enter the code from your authenticator app")
      .regex(/^(\d{6}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})$/, "Enter the 6-digit code from your app, or a recovery code like abcde-fghjk"),
  );

export const secondFactorSchema = z.object({ code: secondFactorCodeSchema, callbackUrl: z.string().max(2048).optional() });
export type SecondFactorInput = z.input<typeof secondFactorSchema>;
export type SecondFactorData = z.output<typeof secondFactorSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ForgotPasswordData = z.output<typeof forgotPasswordSchema>;

export function resetPasswordSchema(policy: PasswordPolicy = { minLength: DEFAULT_PASSWORD_MIN_LENGTH }) {
  return z
    .object({ password: passwordSchema(policy), confirmPassword: confirmPasswordSchema })
    .refine((data) => data.password === data.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });
}
export type ResetPasswordInput = z.input<ReturnType<typeof resetPasswordSchema>>;
export type ResetPasswordData = z.output<ReturnType<typeof resetPasswordSchema>>;

const currentPasswordSchema = z
  .string({ error: "Enter your current password" })
  .min(1, "Enter your current password")
  .max(4096, "Enter your current password");

export function changePasswordSchema(policy: PasswordPolicy = { minLength: DEFAULT_PASSWORD_MIN_LENGTH }) {
  return z
    .object({ currentPassword: currentPasswordSchema, password: passwordSchema(policy), confirmPassword: confirmPasswordSchema })
    .refine((data) => data.password === data.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });
}
export type ChangePasswordInput = z.input<ReturnType<typeof changePasswordSchema>>;
export type ChangePasswordData = z.output<ReturnType<typeof changePasswordSchema>>;

export const changeEmailSchema = z.object({ newEmail: emailSchema, currentPassword: currentPasswordSchema });
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;
export type ChangeEmailData = z.output<typeof changeEmailSchema>;

/** zod issues as `{ field: firstMessage }`, the shape forms show inline. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
