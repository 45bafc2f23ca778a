// Every email Gatehouse sends. Subjects are fixed text (no user input reaches a header); names
// and addresses go through renderEmail, which escapes them for HTML.
import { lifetimeInWords } from "@/lib/email-tokens/purposes";
import { renderEmail, oneLine } from "./layout";
import type { MailMessage } from "./message";

type Recipient = { to: string; name: string | null };
/** An address that has not proven itself gets nothing the registrant typed: not even a name. */
type UnprovenRecipient = { to: string };

const greeting = (name: string | null) => (name ? `Hi ${oneLine(name)},` : "Hi,");
const NOT_YOU_PASSWORD =
  "If this was not you, reset your password now: that signs out every device and cancels any change of address still waiting for confirmation.";

export function verifyEmailMessage({ to, url }: UnprovenRecipient & { url: string }): MailMessage {
  return renderEmail({
    to,
    subject: "Confirm your email address",
    heading: "Confirm your email address",
    paragraphs: [greeting(null), `Confirm that ${to} is your address to finish setting up your Gatehouse account.`],
    action: { label: "Confirm email address", url },
    notes: [`The link works once and expires in ${lifetimeInWords("verifyEmail")}. If you did not create an account, ignore this email.`],
  });
}

export function registrationAttemptMessage({ to, name, resetUrl }: Recipient & { resetUrl: string }): MailMessage {
  return renderEmail({
    to,
    subject: "Someone tried to register with your email address",
    heading: "You already have an account",
    paragraphs: [
      greeting(name),
      `Someone just tried to create a Gatehouse account with ${to}. That address already has an account, so nothing was changed.`,
      "If it was you and you have forgotten your password, you can set a new one:",
    ],
    action: { label: "Reset your password", url: resetUrl },
    notes: [`The link works once and expires in ${lifetimeInWords("resetPassword")}. If it was not you, you can ignore this email.`],
  });
}

export function passwordResetMessage({ to, name, url }: Recipient & { url: string }): MailMessage {
  return renderEmail({
    to,
    subject: "Reset your password",
    heading: "Reset your password",
    paragraphs: [greeting(name), "We received a request to set a new password for your Gatehouse account."],
    action: { label: "Choose a new password", url },
    notes: [
      `The link works once and expires in ${lifetimeInWords("resetPassword")}; asking for another link cancels this one.`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ],
  });
}

export function passwordChangedMessage({ to, name, via }: Recipient & { via: "reset" | "settings" }): MailMessage {
  return renderEmail({
    to,
    subject: "Your password was changed",
    heading: "Your password was changed",
    paragraphs: [
      greeting(name),
      via === "reset"
        ? "The password of your Gatehouse account was just reset with an emailed link. Every session was signed out."
        : "The password of your Gatehouse account was just changed from Settings. Your other sessions were signed out.",
    ],
    notes: [NOT_YOU_PASSWORD],
  });
}

export function confirmNewEmailMessage({ to, url }: UnprovenRecipient & { url: string }): MailMessage {
  return renderEmail({
    to,
    subject: "Confirm your new email address",
    heading: "Confirm your new email address",
    paragraphs: [greeting(null), `Confirm ${to} as the new address of your Gatehouse account. Until you do, the old address stays in use.`],
    action: { label: "Confirm new address", url },
    notes: [`The link works once and expires in ${lifetimeInWords("changeEmail")}. If you did not ask for this, ignore this email.`],
  });
}

export function emailChangeRequestedMessage({ to, name, newEmail }: Recipient & { newEmail: string }): MailMessage {
  return renderEmail({
    to,
    subject: "A change of your email address was requested",
    heading: "Email change requested",
    paragraphs: [
      greeting(name),
      `Someone signed in to your Gatehouse account asked to change its email address to ${oneLine(newEmail)}. Nothing changes until that address is confirmed.`,
    ],
    notes: [NOT_YOU_PASSWORD],
  });
}

export function emailAddressInUseMessage({ to }: { to: string }): MailMessage {
  return renderEmail({
    to,
    subject: "Your email address was entered on another account",
    heading: "This address already has an account",
    paragraphs: [
      `Someone asked to move another Gatehouse account to ${to}. This address already belongs to an account, so nothing was changed.`,
    ],
    notes: ["If this was you, sign in with this address instead. Otherwise you can ignore this email."],
  });
}

export function emailChangedMessage({ to, name, newEmail }: Recipient & { newEmail: string }): MailMessage {
  return renderEmail({
    to,
    subject: "Your email address was changed",
    heading: "Your email address was changed",
    paragraphs: [greeting(name), `Your Gatehouse account now uses ${oneLine(newEmail)}. This address will no longer receive its emails.`],
    notes: ["If this was not you, contact your administrator straight away."],
  });
}

export function providerConnectedMessage({ to, name, provider }: Recipient & { provider: string }): MailMessage {
  return renderEmail({
    to,
    subject: "A sign-in method was connected to your account",
    heading: "New sign-in method connected",
    paragraphs: [greeting(name), `${oneLine(provider)} was connected to your Gatehouse account: it can now be used to sign in.`],
    notes: ["If this was not you, disconnect it in Settings → Connections and reset your password."],
  });
}

export type SecondFactorChange =
  | "enrolled"
  | "removed"
  | "recovery-code-used"
  | "recovery-codes-regenerated"
  | "reset-by-admin"
  | "passkey-two-step-on"
  | "passkey-two-step-off";

const SECOND_FACTOR_NEWS: Record<SecondFactorChange, { subject: string; text: string }> = {
  enrolled: { subject: "An authenticator app was added to your account", text: "An authenticator app now guards sign-ins to your Gatehouse account." },
  removed: { subject: "An authenticator app was removed from your account", text: "The authenticator app was removed from your Gatehouse account: sign-in no longer asks for a code." },
  "recovery-code-used": { subject: "A recovery code was used to sign in", text: "Someone signed in to your Gatehouse account with one of your recovery codes. That code no longer works." },
  "recovery-codes-regenerated": { subject: "Your recovery codes were replaced", text: "New recovery codes were made for your Gatehouse account; the old ones no longer work." },
  "reset-by-admin": { subject: "An administrator reset your second factor", text: "An administrator removed the authenticator app, passkeys and recovery codes from your Gatehouse account. Set up a new one in Settings → Security." },
  "passkey-two-step-on": {
    subject: "Two-step verification with passkeys was turned on",
    text: "Signing in to your Gatehouse account with a password, Google or GitHub now also asks for one of your passkeys (or a recovery code).",
  },
  "passkey-two-step-off": {
    subject: "Two-step verification with passkeys was turned off",
    text: "Signing in to your Gatehouse account with a password, Google or GitHub no longer asks for a passkey.",
  },
};

export function secondFactorChangedMessage({ to, name, change }: Recipient & { change: SecondFactorChange }): MailMessage {
  const news = SECOND_FACTOR_NEWS[change];
  return renderEmail({
    to,
    subject: news.subject,
    heading: news.subject,
    paragraphs: [greeting(name), news.text],
    notes: [NOT_YOU_PASSWORD],
  });
}

export function accountDeletedMessage({ to, name }: Recipient): MailMessage {
  return renderEmail({
    to,
    subject: "Your Gatehouse account was deleted",
    heading: "Your account was deleted",
    paragraphs: [
      greeting(name),
      `The Gatehouse account for ${to} was deleted from Settings, and every device and app signed in to it was signed out. Goodbye, and thank you.`,
    ],
    notes: ["If this was not you, contact your administrator straight away: someone had access to your account."],
  });
}

export type PasskeyChange = "added" | "removed";

const PASSKEY_NEWS: Record<PasskeyChange, { subject: string; text: (passkey: string) => string }> = {
  added: { subject: "A passkey was added to your account", text: (passkey) => `A passkey named “${passkey}” was added to your Gatehouse account: it can now sign in without a password.` },
  removed: { subject: "A passkey was removed from your account", text: (passkey) => `The passkey named “${passkey}” was removed from your Gatehouse account: it can no longer sign in.` },
};

export function passkeyChangedMessage({ to, name, change, passkeyName }: Recipient & { change: PasskeyChange; passkeyName: string }): MailMessage {
  const news = PASSKEY_NEWS[change];
  return renderEmail({
    to,
    subject: news.subject,
    heading: news.subject,
    paragraphs: [greeting(name), news.text(oneLine(passkeyName))],
    notes: [change === "added" ? "If this was not you, remove it in Settings → Security and reset your password." : NOT_YOU_PASSWORD],
  });
}
