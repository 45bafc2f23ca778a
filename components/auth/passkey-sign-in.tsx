"use client";

import { useEffect, useEffectEvent, useState, useTransition } from "react";
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  WebAuthnAbortService,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import type { PasskeyResult } from "@/lib/validation/passkeys";
import { Button } from "@/components/ui/button";
import { LiveNotices } from "@/components/ui/notice";
import { askForPasskey, passkeyOptions } from "@/components/passkeys/ceremony";

export type PasskeySignInAction = (input: { assertion: AuthenticationResponseJSON; remember: boolean; callbackUrl?: string }) => Promise<PasskeyResult>;

type Props = {
  action: PasskeySignInAction;
  callbackUrl?: string;
  /** The sign-in form's "Remember me", read when the passkey answers. */
  remember: () => boolean | undefined;
};

/**
 * Signing in with a passkey alone: the button asks the authenticator for any passkey it holds for
 * this site (discoverable credentials), and where the browser supports it, its autofill offers
 * them in the email field (conditional mediation, `autocomplete="username webauthn"`).
 */
export function PasskeySignIn({ action, callbackUrl, remember }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Each value arms the browser's autofill prompt once. A prompt closed without a passkey arms it
  // again; a passkey the server refused does not (an authenticator or password manager that answers
  // by itself would otherwise be asked again and again): the button still works.
  const [armed, setArmed] = useState(0);

  async function complete(assertion: AuthenticationResponseJSON): Promise<void> {
    const result = await action({ assertion, remember: Boolean(remember()), callbackUrl });
    if (result?.error) setError(result.error);
  }

  const onAutofill = useEffectEvent((assertion: AuthenticationResponseJSON) => {
    setError(null);
    startTransition(() => complete(assertion));
  });

  useEffect(() => {
    let live = true;
    void (async () => {
      if (!(await browserSupportsWebAuthnAutofill())) return;
      const answer = await passkeyOptions<PublicKeyCredentialRequestOptionsJSON>("sign-in");
      if (!live || !("options" in answer)) return;
      try {
        const assertion = await startAuthentication({ optionsJSON: answer.options, useBrowserAutofill: true });
        if (live) onAutofill(assertion);
      } catch {
        // Cancelled for the button's prompt, or the page is going away: nothing to say.
      }
    })();
    return () => {
      live = false;
      WebAuthnAbortService.cancelCeremony();
    };
  }, [armed]);

  const run = () => {
    setError(null);
    startTransition(async () => {
      if (!browserSupportsWebAuthn()) {
        setError("This browser cannot use passkeys. Sign in with your email and password.");
        return;
      }
      const answer = await askForPasskey("sign-in");
      if (!("assertion" in answer)) {
        setError(answer.error);
        if (answer.promptFailed) setArmed((count) => count + 1);
        return;
      }
      await complete(answer.assertion);
    });
  };

  return (
    <div className="space-y-2 pt-2">
      <LiveNotices error={error} errorTestId="passkey-error" />
      <Button type="button" variant="secondary" pending={pending} pendingLabel="Waiting for your passkey…" onClick={run} className="w-full">
        Sign in with a passkey
      </Button>
    </div>
  );
}
