import { TextField } from "@/components/ui/text-field";
import { PasswordStrengthMeter, type PasswordStrengthProps } from "./password-strength-meter";
import type { FieldProps } from "./use-action-form";

type Props = {
  password: FieldProps;
  confirmPassword: FieldProps;
  minLength: number;
  /** What the live strength meter under the password measures, and against what. */
  strength: PasswordStrengthProps;
  /** "New password" where the account already has one (reset, change). */
  replacing?: boolean;
  /** The longer hint (registration and reset), or just the minimum (settings). */
  encourage?: boolean;
};

/** The new-password pair of every form that sets one: registration, reset and change. */
export function NewPasswordFields({ password, confirmPassword, minLength, strength, replacing = false, encourage = true }: Props) {
  const hint = `At least ${minLength} characters.${encourage ? " A long passphrase is best; spaces and any characters are welcome." : ""}`;
  return (
    <>
      <div>
        <TextField label={replacing ? "New password" : "Password"} type="password" autoComplete="new-password" hint={hint} {...password} />
        <PasswordStrengthMeter {...strength} />
      </div>
      <TextField label={replacing ? "Confirm new password" : "Confirm password"} type="password" autoComplete="new-password" {...confirmPassword} />
    </>
  );
}
