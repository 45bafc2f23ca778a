// What every passkey button shares in the browser: asking the server for options (POST
// /auth/passkey, which also keeps the challenge for this browser) and saying what went wrong.
import { startAuthentication, WebAuthnError, type AuthenticationResponseJSON, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";

export type PasskeyPurpose = "sign-in" | "second-step" | "confirm" | "register";

/** The server's answer: options for the browser, a message, or a page to prove it is you first. */
export type OptionsAnswer<T> = { options: T } | { error: string } | { confirm: string };

export async function passkeyOptions<T>(purpose: PasskeyPurpose): Promise<OptionsAnswer<T>> {
  try {
    const response = await fetch("/auth/passkey", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ purpose }),
      cache: "no-store",
    });
    const body = (await response.json().catch(() => ({}))) as Partial<{ options: T; error: string; confirm: string; retryAfterSeconds: number }>;
    if (body.options) return { options: body.options };
    if (body.confirm) return { confirm: body.confirm };
    if (response.status === 429) return { error: "Too many attempts. Try again in a few minutes." };
    return { error: body.error ?? "Passkeys are unavailable right now. Try again in a moment." };
  } catch {
    return { error: "Passkeys are unavailable right now. Try again in a moment." };
  }
}

/** What to tell the person when the browser's passkey prompt failed; null when there is nothing to say (it was cancelled for another prompt). */
export function passkeyErrorMessage(error: unknown): string | null {
  if (error instanceof WebAuthnError) {
    switch (error.code) {
      case "ERROR_CEREMONY_ABORTED":
        return null;
      case "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED":
        return "This device already holds a passkey for your account.";
      case "ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT":
      case "ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT":
        return "This authenticator cannot hold a passkey that signs in alone (it needs a PIN or biometrics).";
    }
  }
  if (error instanceof Error && error.name === "NotAllowedError") return "The passkey prompt was closed or timed out. Try again.";
  return "Your browser could not use a passkey here. Try again, or use another way.";
}

/** The answer of one of this site's passkeys: options from the server, then the browser's prompt. */
export type PasskeyAnswer = { assertion: AuthenticationResponseJSON } | { error: string | null; promptFailed: boolean };

export async function askForPasskey(purpose: Exclude<PasskeyPurpose, "register">): Promise<PasskeyAnswer> {
  const answer = await passkeyOptions<PublicKeyCredentialRequestOptionsJSON>(purpose);
  if (!("options" in answer)) return { error: "error" in answer ? answer.error : "Try again.", promptFailed: false };
  try {
    return { assertion: await startAuthentication({ optionsJSON: answer.options }) };
  } catch (failure) {
    return { error: passkeyErrorMessage(failure), promptFailed: true };
  }
}
